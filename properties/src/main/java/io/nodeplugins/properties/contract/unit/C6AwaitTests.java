package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginNotRegisteredException;
import io.nodeplugins.registry.PluginRegistry;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * C6 await: returns as soon as a plugin is registered (no lost wake-up, no polling), or throws
 * {@link PluginNotRegisteredException} with diagnostics on timeout; an interrupted waiter throws
 * {@link InterruptedException}; timed-out, interrupted and cancelled waiters leave nothing behind.
 * Each test needs the kind of waiting it calls; one registration per key, so under every semantics.
 */
@Clauses(Clause.C6)
public abstract class C6AwaitTests extends ClauseTests {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    @Requires({Feature.AWAIT, Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
    public void awaitReturnsAtOnceWhenAPluginIsCurrent() throws Exception {
        registry.register(key(1), "driver");

        assertThat(registry.await(key(1), LONG)).isEqualTo("driver");
        assertThat(registry.awaitAsync(key(1), LONG)).isCompletedWithValue("driver");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    @Requires({Feature.AWAIT, Feature.PENDING_WAITERS})
    public void aParkedWaiterReturnsAsSoonAsThePluginIsRegistered() throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread waiter = startWaiter(key(1), LONG, result);
        TestThreads.untilParked(waiter, () -> registry.pendingWaiters() == 1,
                () -> "pendingWaiters() = " + registry.pendingWaiters());

        long registered = System.nanoTime();
        registry.register(key(1), "driver");
        TestThreads.joinWoken(waiter);
        long wokenAfter = System.nanoTime() - registered;

        assertThat(result.get()).isEqualTo("driver");
        // Woken by the registration itself: far sooner than any timeout or poll interval would allow.
        assertThat(Duration.ofNanos(wokenAfter)).isLessThan(Duration.ofSeconds(5));
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    @Requires({Feature.AWAIT, Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
    public void manyWaitersOfOneKeyAreAllReleasedByOneRegistration() throws Exception {
        CompletableFuture<String> async = registry.awaitAsync(key(1), LONG);
        AtomicReference<Object> sync = new AtomicReference<>();
        Thread waiter = startWaiter(key(1), LONG, sync);
        TestThreads.untilParked(waiter, () -> registry.pendingWaiters() == 2,
                () -> "pendingWaiters() = " + registry.pendingWaiters());

        registry.register(key(1), "driver");

        assertThat(async.get(TestThreads.WOKEN.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("driver");
        TestThreads.joinWoken(waiter);
        assertThat(sync.get()).isEqualTo("driver");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    @Requires({Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
    public void aRegistrationOfAnotherKeyReleasesNobody() throws Exception {
        CompletableFuture<String> waiting = registry.awaitAsync(key(1), LONG);

        registry.register(key(2), "other");

        assertThat(waiting).isNotDone();
        assertThat(registry.pendingWaiters()).isEqualTo(1);
        waiting.cancel(false);
        assertThat(registry.pendingWaiters()).isZero();
    }

    /** Catches LeakingWaiterRegistry. */
    @Test
    @Requires(Feature.AWAIT)
    public void aTimedOutAwaitThrowsWithDiagnosticsAndLeavesNothingBehind() {
        registry.register(key(2), "b");
        registry.register(key(0), "a");
        RegistryState before = state();
        Duration timeout = Duration.ofMillis(50);

        long start = System.nanoTime();
        PluginNotRegisteredException e = catchThrowableOfType(PluginNotRegisteredException.class,
                () -> registry.await(key(1), timeout));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e).as("await of a key nobody registers must time out").isNotNull();
        assertThat(waited).isGreaterThanOrEqualTo(timeout);
        assertThat(e.getMessage())
                .contains("'" + key(1) + "'")
                .contains(timeout.toString())
                .contains("registered keys (2): [" + String.join(", ", Stream.of(key(0), key(2)).sorted().toList()) + "]");
        assertThat(e.key()).isEqualTo(key(1));
        assertThat(state()).as("state after the timeout").isEqualTo(before);
    }

    /** Catches LeakingWaiterRegistry. */
    @Test
    @Requires({Feature.AWAIT, Feature.PENDING_WAITERS})
    public void anInterruptedAwaitThrowsInterruptedExceptionAndLeavesNothingBehind() throws Exception {
        AtomicReference<Object> thrown = new AtomicReference<>();
        Thread waiter = startWaiter(key(1), LONG, thrown);
        TestThreads.untilParked(waiter, () -> registry.pendingWaiters() == 1,
                () -> "pendingWaiters() = " + registry.pendingWaiters());

        waiter.interrupt();
        TestThreads.joinWoken(waiter);

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(state()).isEqualTo(emptyState());
        registry.register(key(1), "driver"); // nobody is left to release
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    @Requires(Feature.AWAIT)
    public void aThreadInterruptedBeforeAwaitingThrowsAtOnceAndLeavesNothingBehind() {
        Thread.currentThread().interrupt();
        Throwable thrown;
        try {
            thrown = catchThrowable(() -> registry.await(key(1), LONG));
        } finally {
            Thread.interrupted(); // never leak an interrupt into the next test
        }

        assertThat(thrown).isInstanceOf(InterruptedException.class);
        assertThat(state()).isEqualTo(emptyState());
    }

    /** Catches LeakingWaiterRegistry. */
    @Test
    @Requires({Feature.AWAIT, Feature.PENDING_WAITERS})
    public void manyTimeoutsLeaveNoWaiterBehind() {
        for (int i = 0; i < 20; i++) {
            String key = key(i % 3);
            assertThat(catchThrowable(() -> registry.await(key, Duration.ofMillis(1))))
                    .isInstanceOf(PluginNotRegisteredException.class);
        }
        assertThat(registry.pendingWaiters()).isZero();
    }

    /** How late after its registration a racing await may return the plugin (its timeout is 500 ms). */
    private static final Duration LATE = Duration.ofMillis(300);

    /** Trials of the wake-up latency test. */
    private static final int LATENCY_TRIALS = 40;

    /** The lower quartile of wake-up latencies allowed: a poll every 10 ms gives about 2.5 ms. */
    private static final Duration QUARTILE_LIMIT = Duration.ofMillis(1);

    /**
     * No polling, measured where polling cannot fake it: over {@value #LATENCY_TRIALS} trials, each
     * on a fresh registry, a waiter blocked in {@code await} returns a short time after the
     * registration that releases it. The lower quartile of those latencies must stay under 1 ms:
     * a waiter woken by the registration takes tens of microseconds even on a busy machine, while a
     * waiter that sleeps 10 ms between lookups wakes, on average, 5 ms late (2.5 ms at the quartile).
     */
    @Test
    @Requires(Feature.AWAIT)
    public void aBlockedWaiterWakesWithTheRegistrationNotAtItsNextPoll() throws Exception {
        long[] latencies = new long[LATENCY_TRIALS];
        for (int i = 0; i < LATENCY_TRIALS; i++) {
            PluginRegistry<String, String> r = newRegistry();
            AtomicLong wokeAt = new AtomicLong();
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread waiter = new Thread(() -> {
                try {
                    outcome.set(r.await(key(1), LONG));
                } catch (Throwable e) {
                    outcome.set(e);
                }
                wokeAt.set(System.nanoTime());
            }, "waiter");
            waiter.setDaemon(true);
            waiter.start();
            TestThreads.untilParked(waiter, () -> !features.offers(Feature.PENDING_WAITERS) || r.pendingWaiters() == 1,
                    () -> "the waiter of a trial");
            long registered = System.nanoTime();
            r.register(key(1), "driver");
            TestThreads.joinWoken(waiter);
            assertThat(outcome.get()).as("trial %d", i).isEqualTo("driver");
            latencies[i] = wokeAt.get() - registered;
            if (features.offers(Feature.CLOSE)) {
                r.close();
            }
        }
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        Duration quartile = Duration.ofNanos(sorted[LATENCY_TRIALS / 4]);
        assertThat(quartile).as("lower quartile of the wake-up latencies (%s): woken by the registration, or"
                + " polling?", microseconds(sorted)).isLessThan(QUARTILE_LIMIT);
    }

    private static String microseconds(long[] nanos) {
        StringBuilder s = new StringBuilder();
        for (long n : nanos) {
            s.append(s.length() == 0 ? "" : ", ").append(n / 1000).append(" us");
        }
        return s.toString();
    }

    /**
     * No polling, async: a pending future is complete when the {@code register} that satisfies it
     * returns. A registry that completes futures from a poller, or from another thread later, fails.
     */
    @Test
    @Requires(Feature.AWAIT_ASYNC)
    public void aPendingFutureIsCompleteWhenTheRegisteringCallReturns() {
        CompletableFuture<String> future = registry.awaitAsync(key(1), LONG);
        assertThat(future).isNotDone();

        registry.register(key(1), "driver");

        assertThat(future).as("completed by the registration itself, before register returned").isCompletedWithValue(
                "driver");
    }

    @Test
    @Requires({Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
    public void awaitAsyncCompletesWhenThePluginIsRegistered() throws Exception {
        CompletableFuture<String> future = registry.awaitAsync(key(1), LONG);
        assertThat(future).isNotDone();
        assertThat(registry.pendingWaiters()).isEqualTo(1);

        registry.register(key(1), "driver");

        assertThat(future.get(TestThreads.HANG.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("driver");
        assertThat(registry.pendingWaiters()).isZero();
    }

    /** Catches LeakingWaiterRegistry. */
    @Test
    @Requires({Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
    public void awaitAsyncTimesOutWithDiagnosticsAndLeavesNothingBehind() throws Exception {
        registry.register(key(2), "b");
        RegistryState before = state();
        CompletableFuture<String> future = registry.awaitAsync(key(1), Duration.ofMillis(30));

        ExecutionException e = catchThrowableOfType(ExecutionException.class,
                () -> future.get(TestThreads.HANG.toMillis(), TimeUnit.MILLISECONDS));

        assertThat(e).as("the future must fail when the timeout passes").isNotNull();
        assertThat(e.getCause()).isInstanceOf(PluginNotRegisteredException.class)
                .hasMessageContaining("'" + key(1) + "'")
                .hasMessageContaining("registered keys (1): [" + key(2) + "]");
        TestThreads.until(() -> registry.pendingWaiters() == 0, TestThreads.SETTLE,
                () -> "pendingWaiters() = " + registry.pendingWaiters() + " after the timed-out future failed");
        assertThat(state()).isEqualTo(before);
    }

    /** Catches LeakingWaiterRegistry. */
    @Test
    @Requires({Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
    public void cancellingAnAwaitAsyncLeavesNothingBehind() {
        CompletableFuture<String> future = registry.awaitAsync(key(1), LONG);
        assertThat(registry.pendingWaiters()).isEqualTo(1);

        assertThat(future.cancel(false)).isTrue();

        assertThat(registry.pendingWaiters()).as("pendingWaiters() right after cancel").isZero();
        registry.register(key(1), "driver");
        assertThat(future).isCancelled();
        assertThat(catchThrowable(future::join)).isInstanceOf(CancellationException.class);
        assertThat(registry.pendingWaiters()).isZero();
    }

    /**
     * Catches LostWakeupRegistry: a registration that races with a waiter that is just checking and
     * enqueueing must still release it. Each round starts both together; a lost wake-up shows as a
     * timeout although the registration had returned long before the deadline. (A timeout because
     * a descheduled registering thread came late is not a failure; the round just proves nothing.)
     */
    @Test
    @Requires({Feature.AWAIT, Feature.PENDING_WAITERS})
    public void aRegistrationRacingWithAWaiterIsNeverMissed() throws Exception {
        Duration timeout = Duration.ofMillis(500);
        long margin = Duration.ofMillis(100).toNanos();
        String key = key(1);
        rounds(300, (r, round) -> {
            AtomicReference<Object> result = new AtomicReference<>();
            AtomicLong awaitStarted = new AtomicLong();
            AtomicLong registered = new AtomicLong(Long.MAX_VALUE);
            AtomicLong awaitReturned = new AtomicLong();
            TestThreads.runTogether(2, t -> {
                if (t == 0) {
                    awaitStarted.set(System.nanoTime());
                    try {
                        result.set(r.await(key, timeout));
                    } catch (PluginNotRegisteredException e) {
                        result.set(e);
                    }
                    awaitReturned.set(System.nanoTime());
                } else {
                    r.register(key, "driver");
                    registered.set(System.nanoTime());
                }
            });
            boolean registeredWellBeforeDeadline = registered.get() + margin < awaitStarted.get() + timeout.toNanos();
            if (!"driver".equals(result.get()) && registeredWellBeforeDeadline) {
                return "await raced with register of the same key; register returned "
                        + (registered.get() - awaitStarted.get()) / 1_000_000 + " ms after await began, yet await got "
                        + result.get() + "; lookup now says " + r.lookup(key);
            }
            long late = awaitReturned.get() - Math.max(registered.get(), awaitStarted.get());
            if ("driver".equals(result.get()) && late > LATE.toNanos()) {
                return "await returned the plugin " + late / 1_000_000 + " ms after the register that satisfied it"
                        + " returned: woken at its deadline or by a poll, not by the registration";
            }
            return r.pendingWaiters() == 0 ? null : "pendingWaiters() = " + r.pendingWaiters() + " after the round";
        });
    }

    /**
     * A waiter gets its plugin only once every thread can see it: code that runs when an async wait
     * completes (here on the registering thread, as the registry completes the future) finds the
     * plugin by {@code lookup}. A registry that hands the plugin to its waiters before it publishes
     * the registration (notify first, then put) fails here on every run; the parallel property
     * {@code awaitReturnsOrTimesOutAndLeavesNoWaiter} catches the blocking form only now and then.
     */
    @Test
    @Requires(Feature.AWAIT_ASYNC)
    public void aWokenWaiterFindsItsPluginByLookup() throws Exception {
        CompletableFuture<java.util.Optional<String>> seen = registry.awaitAsync(key(1), LONG)
                .thenApply(plugin -> registry.lookup(key(1)));

        registry.register(key(1), "driver");

        assertThat(seen.get(TestThreads.HANG.toMillis(), TimeUnit.MILLISECONDS))
                .as("lookup by the code that runs when the wait completes").contains("driver");
    }
}
