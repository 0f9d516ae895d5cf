package io.nodeplugins.properties.engine.parallel;

import io.nodeplugins.properties.engine.linearizability.Call;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of a {@link ParallelScenario} did: every completed call with its outcome and clock
 * readings (thread 0 is the prefix), and, if the run did not finish, why. Immutable.
 *
 * @param scenario the scenario that ran
 * @param calls    the completed calls, per thread in program order, prefix first
 * @param problem  null if every call returned; otherwise a hang or a crash, described
 * @param stuckAt  for a hang, the calls that did not return (thread and command); empty otherwise
 */
public record ParallelExecution(ParallelScenario scenario, List<Call<Command, Outcome>> calls, String problem,
                                List<String> stuckAt) {

    /**
     * Copies the lists.
     *
     * @param scenario the scenario
     * @param calls    the completed calls
     * @param problem  the hang or crash, or null
     * @param stuckAt  the calls that did not return
     */
    public ParallelExecution {
        calls = List.copyOf(calls);
        stuckAt = List.copyOf(stuckAt);
    }

    /**
     * Returns the calls of one thread, in program order.
     *
     * @param thread 0 for the prefix, 1.. for the parallel threads
     * @return the calls
     */
    public List<Call<Command, Outcome>> callsOf(int thread) {
        List<Call<Command, Outcome>> of = new ArrayList<>();
        for (Call<Command, Outcome> call : calls) {
            if (call.thread() == thread) {
                of.add(call);
            }
        }
        return of;
    }
}
