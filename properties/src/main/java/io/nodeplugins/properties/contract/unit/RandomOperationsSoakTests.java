package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginNotRegisteredException;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded soak: {@value #THREADS} threads each do up to {@value #OPERATIONS} random operations
 * (register, close a handle, lookup, require, snapshot, await, awaitAsync then cancel or let time
 * out; those the registry offers) on {@value #KEYS} keys, for at most {@value #MAX_SECONDS}
 * seconds. Every result must be a plugin of the key asked for. At rest the registry must hold
 * exactly the handles still open (under replace semantics: only open handles, at most one per
 * key). Then every handle is closed, so the registry must be empty, with no registration, no
 * waiter and no plugin left in a subscriber's mirror.
 *
 * <p>The operations of each thread follow from the seed ({@code -Dnodeplugins.seed=...}); their
 * interleaving does not, so a replay runs the same operations but not necessarily the same race.
 */
@Clauses({Clause.C1, Clause.C2, Clause.C3, Clause.C6, Clause.C7, Clause.C8})
@Requires(Feature.REMOVAL)
public abstract class RandomOperationsSoakTests extends ClauseTests {

    static final int THREADS = 4;
    static final int OPERATIONS = 20_000;
    static final int KEYS = 6;
    static final int MAX_SECONDS = 5;

    @Test
    public void randomOperationsLeaveNothingBehindOnceEveryHandleIsClosed() throws Exception {
        long seed = Long.getLong("nodeplugins.seed", System.nanoTime());
        String replay = "seed " + seed + "; replay: rerun this test with -Dnodeplugins.seed=" + seed;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
        List<String> keys = keys(KEYS);
        Map<String, String> mirror = new ConcurrentHashMap<>();
        if (features.offers(Feature.SUBSCRIBE)) {
            registry.subscribe(e -> e.applyTo(mirror));
        }
        SplittableRandom[] randoms = new SplittableRandom[THREADS];
        SplittableRandom root = new SplittableRandom(seed);
        for (int t = 0; t < THREADS; t++) {
            randoms[t] = root.split();
        }
        AtomicLong operations = new AtomicLong();

        try {
            Worker[] workers = new Worker[THREADS];
            TestThreads.runTogether(THREADS, t -> {
                workers[t] = new Worker(t, randoms[t], keys);
                for (int i = 0; i < OPERATIONS && System.nanoTime() < deadline; i++) {
                    workers[t].step(i);
                    operations.incrementAndGet();
                }
            });
            assertMatchesLiveHandles(workers, keys);
            for (Worker worker : workers) {
                worker.finish();
            }
            if (features.offers(Feature.PENDING_WAITERS)) {
                TestThreads.until(() -> registry.pendingWaiters() == 0, TestThreads.SETTLE,
                        () -> "pendingWaiters() = " + registry.pendingWaiters() + " after every await ended");
            }
            assertThat(state()).as("state after every handle was closed").isEqualTo(emptyState());
            for (String key : keys) {
                assertThat(registry.lookup(key)).as("lookup(" + key + ") after every handle was closed").isEmpty();
            }
            assertThat(mirror).as("a subscriber's mirror after every handle was closed").isEmpty();
            assertThat(operations.get()).as("operations done").isPositive();
        } catch (AssertionError e) {
            throw new AssertionError("soak against " + Features.name(factory)
                    + " failed after " + operations.get() + " operations ("
                    + replay + "): " + e.getMessage(), e);
        }
        System.out.println("soak against " + Features.name(factory)
                + ": " + operations.get() + " operations on " + THREADS
                + " threads, " + replay);
    }

    /**
     * At rest, the registry holds exactly the handles still open: as many registrations, the same
     * keys, and for each key the plugin of one of its open handles (which one is current depends on
     * the interleaving). Under replace semantics a replaced handle is open but not live, so the keys
     * are among those of the open handles and {@code size()} counts them.
     */
    private void assertMatchesLiveHandles(Worker[] workers, List<String> keys) {
        boolean replace = features.semantics() == Semantics.REPLACE;
        Map<String, Set<String>> live = new HashMap<>();
        int count = 0;
        for (Worker worker : workers) {
            for (Registration<String, String> h : worker.handles) {
                live.computeIfAbsent(h.key(), k -> new HashSet<>()).add(h.plugin());
                count++;
            }
        }
        Map<String, String> current = new HashMap<>();
        for (String key : keys) {
            registry.lookup(key).ifPresent(plugin -> current.put(key, plugin));
        }
        if (features.offers(Feature.SNAPSHOT)) {
            assertThat(registry.snapshot()).as("snapshot() at rest, against lookups").isEqualTo(current);
        }
        if (features.offers(Feature.SIZE)) {
            assertThat(registry.size()).as("size() with " + count + " handles open on " + live.size() + " keys")
                    .isEqualTo(replace ? current.size() : count);
        }
        if (replace) {
            assertThat(live.keySet()).as("keys with open handles").containsAll(current.keySet());
        } else {
            assertThat(current.keySet()).as("keys with open handles").isEqualTo(live.keySet());
        }
        current.forEach((key, plugin) -> assertThat(live.get(key)).as("open handles of " + key).contains(plugin));
    }

    /** One thread's operations, with the handles and futures it owns. */
    private final class Worker {
        private final int id;
        private final SplittableRandom random;
        private final List<String> keys;
        private final List<Registration<String, String>> handles = new ArrayList<>();
        private final List<CompletableFuture<String>> futures = new ArrayList<>();

        Worker(int id, SplittableRandom random, List<String> keys) {
            this.id = id;
            this.random = random;
            this.keys = keys;
        }

        /** One random operation; one the registry does not offer becomes a lookup. */
        void step(int i) throws InterruptedException {
            String key = keys.get(random.nextInt(keys.size()));
            int dice = random.nextInt(100);
            if (dice < 25) {
                handles.add(registry.register(key, key + "#" + id + "#" + i));
            } else if (dice < 45) {
                if (!handles.isEmpty()) {
                    handles.remove(random.nextInt(handles.size())).close();
                }
            } else if (dice < 65) {
                check(key, "lookup", registry.lookup(key));
            } else if (dice < 70 && features.offers(Feature.REQUIRE)) {
                try {
                    check(key, "require", Optional.of(registry.require(key)));
                } catch (PluginNotRegisteredException expected) {
                    assertThat(expected.key()).isEqualTo(key);
                }
            } else if (dice >= 70 && dice < 75 && features.offers(Feature.SNAPSHOT)) {
                Map<String, String> snapshot = registry.snapshot();
                snapshot.forEach((k, plugin) -> check(k, "snapshot", Optional.of(plugin)));
                assertThat(snapshot.size()).as("keys in a snapshot").isLessThanOrEqualTo(keys.size());
            } else if (dice >= 75 && dice < 85 && features.offers(Feature.AWAIT)) {
                try {
                    check(key, "await", Optional.of(registry.await(key, Duration.ofMillis(1 + random.nextInt(3)))));
                } catch (PluginNotRegisteredException expected) {
                    assertThat(expected.key()).isEqualTo(key);
                }
            } else if (dice >= 85 && dice < 95 && features.offers(Feature.AWAIT_ASYNC)) {
                CompletableFuture<String> f = registry.awaitAsync(key, Duration.ofMillis(1 + random.nextInt(5)));
                if (random.nextBoolean()) {
                    f.cancel(false);
                }
                futures.add(f.whenComplete((plugin, t) -> {
                    if (plugin != null) {
                        check(key, "awaitAsync", Optional.of(plugin));
                    }
                }));
            } else if (dice >= 95 && (features.offers(Feature.SIZE) || features.offers(Feature.PENDING_WAITERS))) {
                if (features.offers(Feature.SIZE)) {
                    assertThat(registry.size()).isNotNegative();
                }
                if (features.offers(Feature.PENDING_WAITERS)) {
                    assertThat(registry.pendingWaiters()).isNotNegative();
                }
            } else {
                check(key, "lookup", registry.lookup(key));
            }
        }

        /** Closes every handle this thread still owns and waits for its futures to end. */
        void finish() throws Exception {
            handles.forEach(Registration::close);
            for (CompletableFuture<String> f : futures) {
                try {
                    f.get(TestThreads.HANG.toMillis(), TimeUnit.MILLISECONDS);
                } catch (CancellationException cancelledByThisThread) {
                    // one of the expected ends
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof PluginNotRegisteredException || e.getCause() instanceof CancellationException)) {
                        throw new AssertionError("awaitAsync ended with " + e.getCause(), e);
                    }
                }
            }
        }
    }

    private static void check(String key, String operation, Optional<String> result) {
        result.ifPresent(plugin -> assertThat(plugin).as(operation + "(" + key + ")").startsWith(key + "#"));
    }
}
