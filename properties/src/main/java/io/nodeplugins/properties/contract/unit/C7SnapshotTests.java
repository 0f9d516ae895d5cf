package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** C7 snapshot: an immutable map equal to the registry's state at one instant, never torn. */
@Clauses(Clause.C7)
@Requires(Feature.SNAPSHOT)
public abstract class C7SnapshotTests extends ClauseTests {

    @Test
    public void anEmptyRegistryHasAnEmptySnapshot() {
        assertThat(registry.snapshot()).isNotNull().isEmpty();
    }

    @Test
    @Requires(value = Feature.REMOVAL, semantics = {Semantics.STACKING, Semantics.REPLACE})
    public void theSnapshotMapsEveryKeyToItsCurrentPlugin() {
        registry.register(key(1), "a-v1");
        registry.register(key(1), "a-v2");
        registry.register(key(2), "b");
        registry.register(key(3), "c").close();

        assertThat(registry.snapshot()).isEqualTo(Map.of(key(1), "a-v2", key(2), "b"));
    }

    @Test
    @Requires(Feature.REMOVAL)
    public void theSnapshotIsImmutableAndDoesNotFollowLaterChanges() {
        Registration<String, String> a = registry.register(key(1), "a");
        Map<String, String> snapshot = registry.snapshot();

        assertThat(catchThrowable(() -> snapshot.put(key(2), "b"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(catchThrowable(() -> snapshot.remove(key(1)))).isInstanceOf(UnsupportedOperationException.class);
        a.close();
        registry.register(key(2), "b");

        assertThat(snapshot).isEqualTo(Map.of(key(1), "a"));
        assertThat(registry.snapshot()).isEqualTo(Map.of(key(2), "b"));
    }

    /**
     * Catches WeaklyConsistentSnapshotRegistry. A writer slides a window of {@value #WINDOW} keys:
     * it registers node-(i+WINDOW), then closes node-i. At every instant the registry holds
     * WINDOW or WINDOW+1 consecutive keys; a snapshot mixing two instants misses some.
     */
    @Test
    @Requires(Feature.REMOVAL)
    @NodeNameKeys
    public void aSnapshotTakenDuringWritesIsTheStateOfOneInstant() throws Exception {
        long deadline = System.nanoTime() + 1_500_000_000L;
        int minSnapshots = 2_000;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> torn = new AtomicReference<>();
        ArrayDeque<Registration<String, String>> window = new ArrayDeque<>();
        for (int i = 0; i < WINDOW; i++) {
            window.add(registry.register(node(i), "plugin-" + i));
        }
        TestThreads.runTogether(2, t -> {
            if (t == 0) {
                for (int i = WINDOW; !done.get(); i++) {
                    window.add(registry.register(node(i), "plugin-" + i));
                    window.poll().close();
                }
                return;
            }
            try {
                for (int n = 0; torn.get() == null && (n < minSnapshots || System.nanoTime() < deadline); n++) {
                    String problem = problemWith(registry.snapshot());
                    if (problem != null) {
                        torn.set(problem);
                    }
                }
            } finally {
                done.set(true);
            }
        });
        assertThat(torn.get()).as("a snapshot that no instant of the registry ever had").isNull();
    }

    private static final int WINDOW = 8;

    private static String node(int i) {
        return "node-" + i;
    }

    /** Null if {@code s} is WINDOW or WINDOW+1 consecutive keys with their plugins, else why not. */
    private static String problemWith(Map<String, String> s) {
        TreeSet<Integer> indices = new TreeSet<>();
        for (Map.Entry<String, String> e : s.entrySet()) {
            int i = Integer.parseInt(e.getKey().substring("node-".length()));
            if (!e.getValue().equals("plugin-" + i)) {
                return "snapshot maps " + e.getKey() + " to " + e.getValue();
            }
            indices.add(i);
        }
        boolean consecutive = !indices.isEmpty() && indices.last() - indices.first() == indices.size() - 1;
        if ((indices.size() == WINDOW || indices.size() == WINDOW + 1) && consecutive) {
            return null;
        }
        return "snapshot has keys " + indices + ", but every instant had " + WINDOW + " or " + (WINDOW + 1)
                + " consecutive keys";
    }
}
