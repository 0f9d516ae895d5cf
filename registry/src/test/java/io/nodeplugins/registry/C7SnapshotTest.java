package io.nodeplugins.registry;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

/** C7 on the reference: a snapshot is the immutable state of one instant, rebuilt after every visible change. */
@Clauses(Clause.C7)
class C7SnapshotTest {

    private final PluginRegistry<String, String> registry = PluginRegistries.forNodes();

    @Test
    void aSnapshotIsTheCurrentStateBeforeAndAfterEachChange() {
        assertThat(registry.snapshot()).isEmpty();
        Registration<String, String> a = registry.register("worker-1", "a");
        registry.register("worker-2", "b");

        Map<String, String> first = registry.snapshot();
        assertThat(first).containsOnly(entry("worker-1", "a"), entry("worker-2", "b"));
        assertThat(registry.snapshot()).isEqualTo(first);

        a.close();
        assertThat(registry.snapshot()).containsOnly(entry("worker-2", "b"));
        assertThat(first).containsOnly(entry("worker-1", "a"), entry("worker-2", "b"));
    }

    @Test
    void aSnapshotIsImmutable() {
        registry.register("worker-1", "a");

        assertThat(catchThrowable(() -> registry.snapshot().put("worker-2", "b")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
