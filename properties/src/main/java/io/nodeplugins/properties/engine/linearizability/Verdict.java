package io.nodeplugins.properties.engine.linearizability;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the {@link LinearizabilityChecker} found for one history. Immutable.
 *
 * <p>When the history is linearizable, {@link #linearization()} is a witness: the calls in an
 * order that respects real time and the specification (per key part, parts one after another,
 * when the history was split per key). When it is not, {@link #failedKey()} names the key part
 * that failed ({@code null} when the history was checked whole), {@link #linearization()} is the
 * longest prefix of calls the search could linearize, {@link #stateReached()} the specification
 * state after it, and {@link #stuck()} the calls that could come next in real time but none of
 * which the specification allows there with its observed outcome.
 *
 * @param linearizable  whether a linearization exists
 * @param failedKey     the key of the failing part, or null (history checked whole, or passed)
 * @param linearization the witness, or the longest linearizable prefix on failure
 * @param stateReached  the specification state after {@code linearization}
 * @param stuck         on failure, the candidate next calls that do not fit; empty on success
 * @param parts         how many independent parts the history was split into
 * @param explored      how many (state, linearized set) configurations the search memoised
 * @param <O>           the operation type
 * @param <R>           the outcome type
 */
public record Verdict<O, R>(boolean linearizable, Object failedKey, List<Call<O, R>> linearization,
                            Object stateReached, List<Call<O, R>> stuck, int parts, long explored) {

    /** Copies the lists. */
    public Verdict {
        linearization = List.copyOf(linearization);
        stuck = List.copyOf(stuck);
    }

    /**
     * Returns a readable explanation: on failure, the longest linearizable prefix, the state it
     * reaches and the calls that cannot follow it.
     *
     * @return the explanation, several lines
     */
    public String explain() {
        if (linearizable) {
            return "linearizable (" + parts + " part(s), " + explored + " configurations explored)";
        }
        StringBuilder out = new StringBuilder("NOT linearizable");
        if (failedKey != null) {
            out.append(" (calls on key '").append(failedKey).append("' alone already fail)");
        }
        out.append("\n  longest linearizable prefix:");
        if (linearization.isEmpty()) {
            out.append(" (none)");
        }
        for (Call<O, R> call : linearization) {
            out.append("\n    ").append(describe(call));
        }
        out.append("\n  state after it: ").append(stateReached);
        out.append("\n  none of these can come next with its observed outcome:");
        out.append(stuck.stream().map(c -> "\n    " + describe(c)).collect(Collectors.joining()));
        return out.toString();
    }

    private static String describe(Call<?, ?> call) {
        String who = call.thread() == 0 ? "prefix  " : "thread " + call.thread();
        return who + ": " + call.operation() + " -> " + call.observed();
    }
}
