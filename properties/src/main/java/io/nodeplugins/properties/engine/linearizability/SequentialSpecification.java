package io.nodeplugins.properties.engine.linearizability;

/**
 * The sequential specification a concurrent history is checked against: from a state, an operation
 * with the outcome that was observed for it leads to a next state, or is impossible. States are
 * immutable values ({@code equals}/{@code hashCode} by content) because the checker memoises them;
 * two equal states must allow exactly the same futures.
 *
 * <p>Implementations must be pure functions, so they are trivially thread-safe.
 *
 * @param <S> the state type (an immutable value)
 * @param <O> the operation type (the call with its arguments)
 * @param <R> the observed outcome type (a return value or a thrown exception, as a value)
 */
public interface SequentialSpecification<S, O, R> {

    /**
     * Returns the state before the first operation.
     *
     * @return the initial state; never null
     */
    S initialState();

    /**
     * Applies {@code operation} in {@code state}, given that it was observed to end with
     * {@code observed}.
     *
     * @param state     the state before the operation
     * @param operation the operation
     * @param observed  the outcome the implementation under test returned
     * @return the state after the operation, or {@code null} if the specification cannot produce
     *         {@code observed} from {@code state} (the operation cannot be linearized here)
     */
    S apply(S state, O operation, R observed);

    /**
     * Returns the single key {@code operation} reads or writes, or {@code null} when it may touch
     * several keys (a snapshot, a size, closing the whole object). Operations that touch one key
     * each let the checker split a history per key (P-compositionality); answering {@code null}
     * is always safe, only slower. Answer a key only if the operation's outcome and effect depend on
     * that key's part of the state alone and the part of the state for other keys never changes it.
     *
     * @param operation the operation
     * @return the key, or {@code null} for a cross-key operation
     */
    default Object keyOf(O operation) {
        return null;
    }
}
