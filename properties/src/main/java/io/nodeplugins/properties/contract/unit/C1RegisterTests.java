package io.nodeplugins.properties.contract.unit;

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

/** C1 register: the plugin becomes current, visible to every thread at once, and is never lost. */
@Clauses(Clause.C1)
public abstract class C1RegisterTests extends ClauseTests {

    @Test
    public void registerMakesThePluginCurrentAndReturnsItsHandle() {
        Registration<String, String> handle = registry.register("worker-1", "gpu-driver");

        assertThat(handle.key()).isEqualTo("worker-1");
        assertThat(handle.plugin()).isEqualTo("gpu-driver");
        assertThat(handle.isActive()).isTrue();
        assertThat(registry.lookup("worker-1")).contains("gpu-driver");
        assertThat(registry.require("worker-1")).isEqualTo("gpu-driver");
        assertThat(RegistryState.of(registry)).isEqualTo(new RegistryState(Map.of("worker-1", "gpu-driver"), 1, 0));
    }

    @Test
    public void registrationsOfDistinctKeysAreIndependent() {
        registry.register("worker-1", "a");
        Registration<String, String> b = registry.register("worker-2", "b");
        registry.register("worker-3", "c");
        b.close();

        assertThat(registry.snapshot()).isEqualTo(Map.of("worker-1", "a", "worker-3", "c"));
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    public void aRegistrationIsVisibleToAnotherThreadAsSoonAsRegisterReturns() throws Exception {
        AtomicReference<Registration<String, String>> handle = new AtomicReference<>();
        CompletableFuture<Optional<String>> seen = new CompletableFuture<>();
        Thread registrar = new Thread(() -> handle.set(registry.register("worker-1", "gpu-driver")));
        registrar.start();
        TestThreads.join(registrar);
        // join() orders the two threads; the other thread's read must see the registration.
        Thread reader = new Thread(() -> seen.complete(registry.lookup("worker-1")));
        reader.start();

        assertThat(seen.get(TestThreads.HANG.toMillis(), TimeUnit.MILLISECONDS)).contains("gpu-driver");
        assertThat(handle.get().isActive()).isTrue();
    }

    /** Catches UnsynchronizedMapRegistry: concurrent puts into a plain HashMap lose entries. */
    @Test
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
            if (!lost.isEmpty() || r.size() != expected || r.snapshot().size() != expected) {
                return threads + " threads registered " + expected + " distinct keys; " + lost.size()
                        + " are missing from lookup (e.g. " + lost.subList(0, Math.min(5, lost.size())) + "), size() = "
                        + r.size() + ", snapshot has " + r.snapshot().size();
            }
            return null;
        });
    }
}
