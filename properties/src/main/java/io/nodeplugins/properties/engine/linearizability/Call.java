package io.nodeplugins.properties.engine.linearizability;

import java.util.Objects;

/**
 * One completed call of a concurrent history: which thread made it, the operation, the outcome it
 * observed, and when it was invoked and when it returned on the history's clock. A call precedes
 * another when it returned strictly before the other was invoked; otherwise they overlap and may
 * linearize in either order. Immutable.
 *
 * @param thread    the thread that made the call (0 for a sequential prefix, 1.. for the parallel part)
 * @param operation the operation with its arguments
 * @param observed  the outcome the implementation returned or threw
 * @param invoked   the clock reading just before the call
 * @param returned  the clock reading just after the call; not smaller than {@code invoked}
 * @param <O>       the operation type
 * @param <R>       the outcome type
 */
public record Call<O, R>(int thread, O operation, R observed, long invoked, long returned) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException     if {@code operation} is null
     * @throws IllegalArgumentException if the call returned before it was invoked
     */
    public Call {
        Objects.requireNonNull(operation, "operation");
        if (returned < invoked) {
            throw new IllegalArgumentException("call " + operation + " returned (" + returned
                    + ") before it was invoked (" + invoked + ")");
        }
    }

    /**
     * Returns whether this call returned strictly before {@code other} was invoked, so that every
     * linearization must order this call first.
     *
     * @param other another call
     * @return true if this call precedes {@code other} in real time
     */
    public boolean precedes(Call<?, ?> other) {
        return returned < other.invoked;
    }

    @Override
    public String toString() {
        return "t" + thread + " " + operation + " -> " + observed + " [" + invoked + ", " + returned + "]";
    }
}
