package io.nodeplugins.bench.wakeup;

import java.util.concurrent.locks.LockSupport;

/**
 * The physical limit: a bare {@link LockSupport#park}/{@link LockSupport#unpark} hand-off of a
 * volatile flag between two threads, what any blocking wake-up costs at least on this machine.
 * Thread-safe for its two threads.
 */
final class ParkUnparkPath implements WakeUpPath {

    private volatile boolean published;
    private volatile Thread waiter;

    @Override
    public void awaitPlugin() throws InterruptedException {
        waiter = Thread.currentThread();
        while (!published) {
            LockSupport.park(this);
            if (Thread.interrupted()) {
                throw new InterruptedException(); // else a set flag makes park return at once: a spin
            }
        }
    }

    @Override
    public boolean isBlocked(Thread thread) {
        return waiter == thread && ThreadStates.isParked(thread);
    }

    @Override
    public void publishPlugin() {
        published = true;
        LockSupport.unpark(waiter);
    }

    @Override
    public void reset() {
        waiter = null;
        published = false;
    }

    @Override
    public long arrivalWindowNanos() {
        return PARKED_WINDOW_NANOS;
    }
}
