package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C1 register: the plugin becomes current, visible to every thread at once, and is never lost.
 * Registrations of distinct keys, so under every semantics.
 */
@Clauses(Clause.C1)
public abstract class C1RegisterTests extends ClauseTests {

    @Test
    public void registerMakesThePluginCurrentAndReturnsItsHandle() {
        Registration<String, String> handle = registry.register(key(1), "gpu-driver");

        assertThat(handle.key()).isEqualTo(key(1));
        assertThat(handle.plugin()).isEqualTo("gpu-driver");
        assertActive(handle, true);
        assertThat(registry.lookup(key(1))).contains("gpu-driver");
        if (features.offers(Feature.REQUIRE)) {
            assertThat(registry.require(key(1))).isEqualTo("gpu-driver");
        }
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "gpu-driver"), 1, 0));
    }

    @Test
    @Requires(Feature.REMOVAL)
    public void registrationsOfDistinctKeysAreIndependent() {
        registry.register(key(1), "a");
        Registration<String, String> b = registry.register(key(2), "b");
        registry.register(key(3), "c");
        b.close();

        assertThat(registry.lookup(key(1))).contains("a");
        assertThat(registry.lookup(key(2))).isEmpty();
        assertThat(registry.lookup(key(3))).contains("c");
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "a", key(3), "c"), 2, 0));
    }

    @Test
    public void aRegistrationIsVisibleToAnotherThreadAsSoonAsRegisterReturns() throws Exception {
        String key = key(1);
        AtomicReference<Registration<String, String>> handle = new AtomicReference<>();
        CompletableFuture<Optional<String>> seen = new CompletableFuture<>();
        Thread registrar = new Thread(() -> handle.set(registry.register(key, "gpu-driver")));
        registrar.start();
        TestThreads.join(registrar);
        // join() orders the two threads; the other thread's read must see the registration.
        Thread reader = new Thread(() -> seen.complete(registry.lookup(key)));
        reader.start();

        assertThat(seen.get(TestThreads.HANG.toMillis(), TimeUnit.MILLISECONDS)).contains("gpu-driver");
        assertActive(handle.get(), true);
    }

    /** Catches UnsynchronizedMapRegistry: concurrent puts into a plain HashMap lose entries. */
    @Test
    @NodeNameKeys
    public void concurrentRegistrationsOfDistinctKeysAreNeverLost() throws Exception {
        int threads = 4;
        int perThread = 1500;
        rounds(40, (r, round) -> {
            TestThreads.runTogether(threads, t -> {
                for (int i = 0; i < perThread; i++) {
                    r.register("node-" + t + "-" + i, "plugin-" + t + "-" + i);
                }
            });
            List<String> lost = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < perThread; i++) {
                    String key = "node-" + t + "-" + i;
                    if (!r.lookup(key).equals(Optional.of("plugin-" + t + "-" + i))) {
                        lost.add(key);
                    }
                }
            }
            int expected = threads * perThread;
            boolean sizeWrong = features.offers(Feature.SIZE) && r.size() != expected;
            boolean snapshotWrong = features.offers(Feature.SNAPSHOT) && r.snapshot().size() != expected;
            if (!lost.isEmpty() || sizeWrong || snapshotWrong) {
                return threads + " threads registered " + expected + " distinct keys; " + lost.size()
                        + " are missing from lookup (e.g. " + lost.subList(0, Math.min(5, lost.size())) + ")"
                        + (features.offers(Feature.SIZE) ? ", size() = " + r.size() : "")
                        + (features.offers(Feature.SNAPSHOT) ? ", snapshot has " + r.snapshot().size() : "");
            }
            return null;
        });
    }
}
