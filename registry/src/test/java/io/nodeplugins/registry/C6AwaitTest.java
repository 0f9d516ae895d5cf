package io.nodeplugins.registry;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * C6 on the reference: await returns at once or as soon as the plugin is registered, times out with
 * diagnostics, and leaves no waiter behind however it ends; the same for awaitAsync. The races
 * between a registration and a waiter's own steps are forced with a {@link GatedKey}.
 */
@Clauses(Clause.C6)
class C6AwaitTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    private final PluginRegistry<String, String> registry = PluginRegistries.forNodes();

    @Test
    void awaitReturnsAtOnceWhenAPluginIsCurrent() throws InterruptedException {
        registry.register("worker-1", "a");

        assertThat(registry.await("worker-1", LONG)).isEqualTo("a");
        assertThat(registry.awaitAsync("worker-1", LONG)).isCompletedWithValue("a");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    void aParkedWaiterReturnsTheRegisteredPluginAndLeavesNothingBehind() {
        Actor<String> waiter = Actor.start("waiter", () -> registry.await("worker-1", LONG));
        waiter.awaitParkedWithTimeout();

        registry.register("worker-1", "a");

        assertThat(waiter.join()).isEqualTo("a");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    void registerCompletesEveryAsyncWaiterOfItsKeyBeforeItReturns() {
        CompletableFuture<String> one = registry.awaitAsync("worker-1", LONG);
        CompletableFuture<String> two = registry.awaitAsync("worker-1", LONG);
        CompletableFuture<String> other = registry.awaitAsync("worker-2", LONG);
        assertThat(registry.pendingWaiters()).isEqualTo(3);
        assertThat(one).isNotDone();

        registry.register("worker-1", "a");

        assertThat(one).isCompletedWithValue("a");
        assertThat(two).isCompletedWithValue("a");
        assertThat(other).isNotDone();
        assertThat(registry.pendingWaiters()).isEqualTo(1);
        other.cancel(false);
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    void aTimedOutAwaitThrowsWithDiagnosticsAndLeavesNothingBehind() {
        registry.register("worker-2", "b");

        Throwable timeout = catchThrowable(() -> registry.await("worker-1", Duration.ofMillis(20)));

        assertThat(timeout).isInstanceOf(PluginNotRegisteredException.class).hasMessage(
                "no plugin was registered for key 'worker-1' within PT0.02S; registered keys (1): [worker-2]; "
                        + "await(key, timeout) gave up: check that the plugin for this key is started, or wait longer");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    void aTimedOutAwaitAsyncFailsWithDiagnosticsAndLeavesNothingBehind() throws Exception {
        CompletableFuture<String> future = registry.awaitAsync("worker-1", Duration.ofMillis(20));

        Throwable timeout = catchThrowable(() -> future.get(Actor.BOUND.toMillis(), TimeUnit.MILLISECONDS));

        assertThat(timeout).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(PluginNotRegisteredException.class)
                .hasMessageStartingWith("no plugin was registered for key 'worker-1' within PT0.02S");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    void anInterruptedAwaitThrowsInterruptedExceptionAndLeavesNothingBehind() {
        Actor<String> waiter = Actor.start("waiter", () -> registry.await("worker-1", LONG));
        waiter.awaitParkedWithTimeout();

        waiter.interrupt();

        assertThat(waiter.failure()).isInstanceOf(InterruptedException.class);
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    void aCancelledOrCallerCompletedAwaitAsyncLeavesNothingBehind() {
        CompletableFuture<String> cancelled = registry.awaitAsync("worker-1", LONG);
        CompletableFuture<String> completed = registry.awaitAsync("worker-1", LONG);
        assertThat(registry.pendingWaiters()).isEqualTo(2);

        cancelled.cancel(false);
        assertThat(registry.pendingWaiters()).isEqualTo(1);
        completed.complete("mine");
        assertThat(registry.pendingWaiters()).isZero();

        registry.register("worker-1", "a");
        assertThat(completed.join()).isEqualTo("mine");
    }

    @Test
    void aCancelledWaiterLeavesNotEvenItsKeyBehind() {
        PluginRegistry<Object, String> registry = PluginRegistries.create();

        WeakReference<Object> key = cancelledWaiterKey(registry);

        Actor.awaitCollected("the key of a cancelled waiter", key);
        assertThat(registry.pendingWaiters()).isZero();
    }

    private static WeakReference<Object> cancelledWaiterKey(PluginRegistry<Object, String> registry) {
        Object key = new GatedKey("worker-1");
        registry.awaitAsync(key, LONG).cancel(false);
        return new WeakReference<>(key);
    }

    @Test
    void timeoutsMustBePositiveAndAtMostMaxTimeout() throws InterruptedException {
        registry.register("worker-1", "a");

        assertThat(registry.await("worker-1", PluginRegistry.MAX_TIMEOUT)).isEqualTo("a");
        assertThat(catchThrowable(() -> registry.await("worker-1", Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeout must be positive, was PT0S");
        assertThat(catchThrowable(() -> registry.await("worker-1", Duration.ofNanos(-1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeout must be positive");
        assertThat(catchThrowable(() -> registry.awaitAsync("worker-1", PluginRegistry.MAX_TIMEOUT.plusNanos(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the maximum of PT24H");
    }

    @Test
    void registerReleasesItsWaitersWithoutWaitingForTheLockAgain() throws Exception {
        PluginRegistry<Object, String> registry = PluginRegistries.create();
        GatedKey other = new GatedKey("worker-2");
        Registration<Object, String> otherHandle = registry.register(other, "b");
        CompletableFuture<String> waiter = registry.awaitAsync("worker-1", LONG);
        other.gate("writer", () -> true);
        List<Actor<Object>> writer = new java.util.ArrayList<>();
        // Runs in the registering thread as the waiter completes (dependents run newest first, before the
        // registry's own): another writer takes the lock and keeps it while register finishes.
        waiter.whenComplete((plugin, failure) -> {
            writer.add(Actor.start("writer", () -> {
                otherHandle.close();
                return null;
            }));
            try {
                other.awaitEntered();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            Actor.call("registrar", () -> registry.register("worker-1", "a"));

            assertThat(waiter).isCompletedWithValue("a");
        } finally {
            other.open();
        }
        writer.get(0).join();
        assertThat(registry.pendingWaiters()).isZero();
        assertThat(registry.snapshot()).containsOnlyKeys("worker-1");
    }

    @Test
    void aKeyRegisteredBetweenTheMissAndTheWaitersLockIsReturnedWithoutWaiting() throws Exception {
        PluginRegistry<Object, String> registry = PluginRegistries.create();
        GatedKey key = new GatedKey("worker-1");
        // The registrar holds the write lock before its put; both waiters miss lock-free and queue for the lock.
        key.gate("registrar", () -> true);
        Actor<Registration<Object, String>> registrar = Actor.start("registrar", () -> registry.register(key, "a"));
        try {
            key.awaitEntered();
            Actor<String> blocking = Actor.start("blocking", () -> registry.await(key, LONG));
            Actor<CompletableFuture<String>> async = Actor.start("async", () -> registry.awaitAsync(key, LONG));
            blocking.awaitParked();
            async.awaitParked();
            key.open();

            assertThat(blocking.join()).isEqualTo("a");
            assertThat(async.join()).isCompletedWithValue("a");
        } finally {
            key.open();
        }
        registrar.join();
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    void anAwaitThatTimesOutWhileItsKeyIsBeingRegisteredReturnsThePlugin() throws Exception {
        assertThat(SETUP_TIMEOUTS.stream().anyMatch(timeout -> timesOutDuringRegistration(timeout, false)))
                .as("the waiter timed out before the registrar held the lock, for every timeout in " + SETUP_TIMEOUTS)
                .isTrue();
    }

    @Test
    void anAwaitAsyncThatTimesOutWhileItsKeyIsBeingRegisteredCompletesWithThePlugin() throws Exception {
        assertThat(SETUP_TIMEOUTS.stream().anyMatch(timeout -> timesOutDuringRegistration(timeout, true)))
                .as("the waiter timed out before the registrar held the lock, for every timeout in " + SETUP_TIMEOUTS)
                .isTrue();
    }

    /** Longer and longer timeouts, so that a slow machine still sets the race up before the deadline. */
    private static final List<Duration> SETUP_TIMEOUTS = List.of(Duration.ofMillis(200), Duration.ofSeconds(1),
            Duration.ofSeconds(5));

    /**
     * A waiter times out while the registrar of its key holds the lock after making the plugin current
     * but before releasing the waiters: the waiter must return the plugin (the timeout linearizes at a
     * re-read after the deadline). Returns false, having checked nothing, if the waiter timed out
     * before the registrar got there.
     */
    private static boolean timesOutDuringRegistration(Duration timeout, boolean async) {
        PluginRegistry<Object, String> registry = PluginRegistries.create();
        GatedKey key = new GatedKey("worker-1");
        CompletableFuture<String> future = async ? registry.awaitAsync(key, timeout) : null;
        Actor<String> waiter = async ? null : Actor.start("waiter", () -> registry.await(key, timeout));
        Actor.awaitCondition("the waiter is pending", () -> registry.pendingWaiters() == 1);
        key.gate("registrar", () -> registry.size() == 1); // blocks in the registrar's first hashCode after its put
        Actor<Registration<Object, String>> registrar = Actor.start("registrar", () -> registry.register(key, "a"));
        try {
            key.awaitEntered();
            if (registry.pendingWaiters() == 0) {
                return false; // the waiter timed out and unlinked itself before the registrar took the lock
            }
            if (async) {
                Actor.awaitCondition("the timeout fired", future::isDone); // its unlink now waits for the lock
            } else {
                waiter.awaitParked(); // timed out, queued for the lock to unlink itself
            }
            key.open();

            assertThat(async ? future.join() : waiter.join()).isEqualTo("a");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            key.open();
        }
        registrar.join();
        assertThat(registry.pendingWaiters()).isZero();
        return true;
    }
}
