package io.nodeplugins.bench.wakeup;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The waiting side of a wake-up measurement: a daemon thread that, once per round, waits on a
 * {@link WakeUpPath} and then flags that it has returned.
 *
 * <p>Protocol (two threads: this one and the measuring thread, which alone calls the methods). The
 * measuring thread bumps {@code requested} and unparks; this thread copies it to {@code started},
 * waits on the path, and writes {@code finished} (volatile) the moment the path returns. The
 * measuring thread spins on {@code finished}, so the time from publishing to seeing it is the
 * wake-up latency plus one cache-line transfer. Every wait of the measuring thread is bounded.
 */
final class WaiterThread implements AutoCloseable {

    private static final long BOUND_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final WakeUpPath path;
    private final Thread thread;
    private volatile int requested;
    private volatile int started;
    private volatile int finished;
    private volatile boolean stopped;
    private volatile Throwable failure;

    WaiterThread(WakeUpPath path) {
        this.path = path;
        this.thread = new Thread(this::run, "wake-up-waiter");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (!stopped) {
            int round = requested;
            if (round == finished) {
                LockSupport.park(this);
                continue;
            }
            started = round;
            try {
                path.awaitPlugin();
            } catch (InterruptedException e) {
                if (stopped) {
                    return;
                }
                failure = e;
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            finished = round;
        }
    }

    /**
     * Starts a round and returns once the waiter is blocked on the path.
     *
     * @throws IllegalStateException if it does not block within the bound
     */
    void startRoundAndAwaitBlocked() {
        int round = requested + 1;
        requested = round;
        LockSupport.unpark(thread);
        long deadline = System.nanoTime() + BOUND_NANOS;
        while (started != round || !path.isBlocked(thread)) {
            checkNotFailed();
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the waiter did not block on " + path.getClass().getSimpleName()
                        + " within 30 s (thread state " + thread.getState() + ")");
            }
            Thread.yield();
        }
    }

    /**
     * Spins until the waiter has returned from the current round: the end of the timed part.
     *
     * @throws IllegalStateException if it does not return within the bound, or the path failed
     */
    void awaitReturned() {
        int round = requested;
        int spins = 0;
        long deadline = 0;
        while (finished != round) {
            if (++spins < 1 << 14) {
                Thread.onSpinWait(); // the first ~10-100 µs: stay on the core, the precise part
                continue;
            }
            if (deadline == 0) {
                deadline = System.nanoTime() + BOUND_NANOS;
            } else if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the waiter did not return from " + path.getClass().getSimpleName()
                        + " within 30 s of the publication (thread state " + thread.getState() + ")");
            }
            Thread.yield(); // a slow path (polling): let the waiter have the core on a busy machine
        }
        checkNotFailed();
    }

    /**
     * Tells whether the waiter has returned from the current round.
     *
     * @return true once it has
     */
    boolean returned() {
        return finished == requested;
    }

    private void checkNotFailed() {
        Throwable t = failure;
        if (t != null) {
            throw new IllegalStateException("the waiter failed on " + path.getClass().getSimpleName() + ": " + t, t);
        }
    }

    /** Stops the thread and waits (bounded) for it to end. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.NANOSECONDS.toMillis(BOUND_NANOS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
