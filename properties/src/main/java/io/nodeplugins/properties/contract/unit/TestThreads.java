package io.nodeplugins.properties.contract.unit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Threads for the concurrency tests: a starting gate so that workers really overlap, bounded joins
 * whose failures show where the threads were, and waiting for a thread to park.
 */
final class TestThreads {

    /** How long any single wait of a test may take before it counts as a hang. */
    static final Duration HANG = Duration.ofSeconds(20);

    /** How long a state may take to settle after the event that causes it. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    /** How long a waiter may take to return after the event that must wake it (a registration, an interrupt). */
    static final Duration WOKEN = Duration.ofSeconds(2);

    /** How long a call made from another thread may take before it counts as blocked. */
    static final Duration PROMPT = Duration.ofSeconds(5);

    /**
     * What a call returned or threw.
     *
     * @param value  what it returned, or null
     * @param thrown what it threw, or null
     */
    record Returned(Object value, Throwable thrown) {
    }

    private TestThreads() {
    }

    /** A worker body; {@code index} is 0..threads-1. */
    @FunctionalInterface
    interface Worker {
        void run(int index) throws Exception;
    }

    /**
     * Starts {@code threads} workers together and joins them; rethrows the first worker failure
     * (others suppressed) and fails if a worker hangs.
     */
    static void runTogether(int threads, Worker worker) throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                try {
                    gate.await();
                    worker.run(index);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "worker-" + i);
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        gate.countDown();
        for (Thread t : started) {
            join(t);
        }
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("a worker failed: " + failures.get(0), failures.get(0));
            failures.subList(1, failures.size()).forEach(error::addSuppressed);
            throw error;
        }
    }

    /**
     * Joins a waiter that the event just made must wake, or fails with its stack if it does not end
     * within {@link #WOKEN}: it was not woken by that event (it sleeps to its deadline, or polls).
     */
    static void joinWoken(Thread t) throws InterruptedException {
        t.join(WOKEN.toMillis());
        if (t.isAlive()) {
            AssertionError error = new AssertionError(t.getName() + " was not woken within " + WOKEN
                    + " of the event that must wake it; its stack is this error's");
            error.setStackTrace(t.getStackTrace());
            throw error;
        }
    }

    /** Joins {@code t} or fails with its stack if it does not end within {@link #HANG}. */
    static void join(Thread t) throws InterruptedException {
        t.join(HANG.toMillis());
        if (t.isAlive()) {
            AssertionError error = new AssertionError(t.getName() + " still runs after " + HANG + " (hang?)");
            error.setStackTrace(t.getStackTrace());
            throw error;
        }
    }

    /** Waits until {@code t} is parked (WAITING or TIMED_WAITING) and {@code also} holds. */
    static void untilParked(Thread t, BooleanSupplier also, Supplier<String> what) throws InterruptedException {
        until(() -> (t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)
                && also.getAsBoolean(), () -> t.getName() + " did not park: state " + t.getState() + ", " + what.get());
    }

    /** Waits until {@code condition} holds, failing after {@link #HANG} with {@code what}. */
    static void until(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        until(condition, HANG, what);
    }

    /**
     * Waits until {@code condition} holds, failing after {@code limit} with {@code what}; for states
     * that settle a moment after an event (a completed future's cleanup runs after its waiters wake).
     */
    static void until(BooleanSupplier condition, Duration limit, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + limit + ": " + what.get());
            }
            Thread.sleep(1);
        }
    }

    /**
     * Calls {@code call} on a new thread and returns what it returned or threw; fails with that
     * thread's stack if it has not returned within {@link #PROMPT} (a lock that an earlier call on
     * another thread never released: a reentrant lock hides that from a single-threaded test).
     */
    static Returned onAnotherThread(String what, Callable<?> call) throws InterruptedException {
        AtomicReference<Returned> result = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                result.set(new Returned(call.call(), null));
            } catch (Throwable e) {
                result.set(new Returned(null, e));
            }
        }, "other-thread");
        other.setDaemon(true);
        other.start();
        other.join(PROMPT.toMillis());
        if (other.isAlive()) {
            AssertionError error = new AssertionError(what + " on another thread did not return within " + PROMPT
                    + ": blocked (a lock that was never released?); its stack is this error's");
            error.setStackTrace(other.getStackTrace());
            other.interrupt();
            throw error;
        }
        return result.get();
    }
}
