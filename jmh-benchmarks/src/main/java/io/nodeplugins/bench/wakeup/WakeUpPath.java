package io.nodeplugins.bench.wakeup;

/**
 * One way for a plugin to get from the thread that registers it to a thread waiting for it. A path
 * is used by exactly two threads, in rounds: the {@link WaiterThread} calls {@link #awaitPlugin()};
 * the measuring thread waits until {@link #isBlocked} holds, calls {@link #publishPlugin()} (the
 * timed part begins), and after the waiter has returned calls {@link #reset()}. Implementations
 * make their state visible between the two threads through volatile or synchronized accesses.
 */
interface WakeUpPath extends AutoCloseable {

    /**
     * The arrival window of the paths whose waiter parks: the phase does not matter to a parked
     * thread, the delay only lets it settle into the kernel's wait. Short, so that each fork runs
     * enough rounds for the registration path to be compiled by C2 during warm-up.
     */
    long PARKED_WINDOW_NANOS = 100_000;

    /**
     * Blocks the calling (waiter) thread until the plugin is published.
     *
     * @throws InterruptedException if the waiter is interrupted (only when the benchmark ends)
     */
    void awaitPlugin() throws InterruptedException;

    /**
     * Tells whether {@code waiter}, which has entered {@link #awaitPlugin()}, is now blocked in it
     * (parked or sleeping), so that publishing measures a real wake-up rather than a fast path.
     *
     * @param waiter the waiter thread
     * @return true once it is blocked
     */
    boolean isBlocked(Thread waiter);

    /** Publishes the plugin; called by the measuring thread, timed. */
    void publishPlugin();

    /** Makes the plugin absent again for the next round; called after the waiter returned. */
    void reset();

    /**
     * Returns the window over which the publication is delayed at random after the waiter blocked,
     * so that a polling waiter is caught at a random phase of its sleep, as in real life.
     *
     * @return the window in nanoseconds
     */
    long arrivalWindowNanos();

    /** Releases what the path holds. */
    @Override
    default void close() {
    }
}
