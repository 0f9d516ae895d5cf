package io.nodeplugins.properties.engine.parallel;

import io.nodeplugins.properties.engine.core.Failure;
import io.nodeplugins.properties.engine.linearizability.RegistryOperation;
import io.nodeplugins.properties.engine.linearizability.Verdict;
import io.nodeplugins.properties.engine.model.Outcome;

import java.util.Objects;

/**
 * A failing run of a parallel scenario: its execution, and either the checker's verdict (the history
 * is not linearizable) or, with a null verdict, the hang or crash the execution describes. Immutable.
 *
 * @param execution what the run did
 * @param verdict   the checker's verdict, or null for a hang or crash
 * @param run       which run of the scenario failed (1 for the first)
 */
public record RunFailure(ParallelExecution execution, Verdict<RegistryOperation, Outcome> verdict, int run)
        implements Failure {

    /**
     * Checks the components.
     *
     * @param execution the execution
     * @param verdict   the verdict, or null
     * @param run       the run number
     */
    public RunFailure {
        Objects.requireNonNull(execution, "execution");
        if (verdict == null && execution.problem() == null) {
            throw new IllegalArgumentException("a failure needs a non-linearizable verdict or a hang or crash");
        }
    }

    /**
     * Returns the kind of failure, stable while shrinking: a smaller scenario counts as reproducing
     * the failure only if it fails the same way.
     *
     * @return "not linearizable", "hang" or "crash"
     */
    @Override
    public String signature() {
        if (verdict != null) {
            return "not linearizable";
        }
        return execution.problem().startsWith("hang") ? "hang" : "crash";
    }

    /**
     * Returns why the run failed: the checker's explanation, or the hang or crash.
     *
     * @return the explanation, several lines
     */
    @Override
    public String explanation() {
        if (verdict != null) {
            return verdict.explain();
        }
        StringBuilder s = new StringBuilder(execution.problem());
        execution.stuckAt().forEach(c -> s.append("\n  still running: ").append(c));
        return s.toString();
    }
}
