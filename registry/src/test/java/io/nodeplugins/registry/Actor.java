package io.nodeplugins.registry;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * One action on its own daemon thread, whose outcome a test awaits for at most {@link #BOUND}: a
 * registry that never releases its lock, or a waiter that is never woken, fails the test with the
 * stuck thread's stack instead of hanging the build. The bound is a liveness limit, not a speed
 * check. Each instance is used by one test thread.
 *
 * @param <T> the action's result
 */
final class Actor<T> {

    /** How long a test waits for an action or a state that should come at once. */
    static final Duration BOUND = Duration.ofSeconds(10);

    private final String name;
    private final CompletableFuture<T> outcome = new CompletableFuture<>();
    private final Thread thread;

    private Actor(String name, Callable<T> action) {
        this.name = name;
        this.thread = new Thread(() -> {
            try {
                outcome.complete(action.call());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code action} on a new thread named {@code name}. */
    static <T> Actor<T> start(String name, Callable<T> action) {
        Actor<T> actor = new Actor<>(name, action);
        actor.thread.start();
        return actor;
    }

    /** Runs {@code action} on a new thread and returns its result, or rethrows what it threw. */
    static <T> T call(String name, Callable<T> action) {
        return start(name, action).join();
    }

    /** Returns the action's result, or rethrows an unchecked exception it threw. */
    T join() {
        try {
            return outcome.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw new AssertionError(name + " threw " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw stuck("did not finish");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + name, e);
        }
    }

    /** Returns what the action threw; fails if it returned normally. */
    Throwable failure() {
        try {
            T result = outcome.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError(name + " returned " + result + " instead of throwing");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw stuck("did not finish");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + name, e);
        }
    }

    /** Waits until the thread is parked without a timeout: blocked on a lock or an untimed wait. */
    void awaitParked() {
        awaitState("parked", () -> thread.getState() == Thread.State.WAITING);
    }

    /** Waits until the thread is parked with a timeout, as a waiter in a timed await is. */
    void awaitParkedWithTimeout() {
        awaitState("parked with a timeout", () -> thread.getState() == Thread.State.TIMED_WAITING);
    }

    /** Interrupts the thread. */
    void interrupt() {
        thread.interrupt();
    }

    /** Returns whether the action has finished. */
    boolean isDone() {
        return outcome.isDone();
    }

    private void awaitState(String what, BooleanSupplier reached) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!reached.getAsBoolean()) {
            if (outcome.isDone()) {
                throw new AssertionError(name + " finished (" + outcome + ") instead of being " + what);
            }
            if (System.nanoTime() > deadline) {
                throw stuck("was not " + what);
            }
            Thread.onSpinWait();
        }
    }

    private AssertionError stuck(String what) {
        String stack = Arrays.stream(thread.getStackTrace()).map(e -> "\tat " + e).collect(Collectors.joining("\n"));
        return new AssertionError(name + " " + what + " within " + BOUND + "; it is " + thread.getState() + ":\n" + stack);
    }

    /**
     * Asks for garbage collections until {@code reference} is cleared, for at most {@link #BOUND}:
     * fails if something still holds what it refers to.
     */
    static void awaitCollected(String what, java.lang.ref.Reference<?> reference) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (reference.get() != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still referenced after " + BOUND + " of garbage collections: " + what);
            }
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the collection of " + what, e);
            }
        }
    }

    /** Waits, for at most {@link #BOUND}, until {@code condition} holds. */
    static void awaitCondition(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + BOUND + ": " + what);
            }
            Thread.onSpinWait();
        }
    }
}
