package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.NodeNames;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * C4 lookup: {@code Optional} of the current plugin; never null, never throws for a well-formed
 * absent key, never exposes a partly constructed plugin.
 */
@Clauses(Clause.C4)
public abstract class C4LookupTests extends ClauseTests {

    @Test
    public void lookupReturnsTheCurrentPlugin() {
        registry.register("worker-1", "driver");

        assertThat(registry.lookup("worker-1")).contains("driver");
    }

    @Test
    public void lookupOfAWellFormedAbsentKeyIsEmptyAndChangesNothing() {
        registry.register("worker-1", "driver");
        RegistryState before = RegistryState.of(registry);

        Optional<String> result = registry.lookup("worker-2");

        assertThat(result).isNotNull().isEmpty();
        assertThat(RegistryState.of(registry)).isEqualTo(before);
    }

    @Test
    public void lookupNeverThrowsForWellFormedAbsentKeys() {
        for (String key : new String[] {"a", "0", "worker-1", "node.example.com", "a".repeat(NodeNames.MAX_LENGTH)}) {
            assertThatCode(() -> assertThat(registry.lookup(key)).isEmpty()).as(key).doesNotThrowAnyException();
        }
    }

    @Test
    public void lookupFollowsTheCurrentPluginThroughChanges() {
        Registration<String, String> v1 = registry.register("worker-1", "driver-v1");
        Registration<String, String> v2 = registry.register("worker-1", "driver-v2");
        assertThat(registry.lookup("worker-1")).contains("driver-v2");
        v2.close();
        assertThat(registry.lookup("worker-1")).contains("driver-v1");
        v1.close();
        assertThat(registry.lookup("worker-1")).isEmpty();
    }

    /**
     * Catches RacyPublicationRegistry: a reader that finds an entry before its plugin is set throws
     * or sees null. Every lookup result must be empty or a fully built plugin of that key.
     */
    @Test
    public void concurrentLookupsNeverSeeAPartlyRegisteredPlugin() throws Exception {
        int keys = 8;
        int writes = 20_000;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        TestThreads.runTogether(2, t -> {
            if (t == 0) {
                for (int i = 0; i < writes && failure.get() == null; i++) {
                    registry.register("node-" + i % keys, "plugin-of-node-" + i % keys).close();
                }
                done.set(true);
                return;
            }
            long reads = 0;
            while (!done.get() && failure.get() == null) {
                String key = "node-" + reads++ % keys;
                try {
                    Optional<String> seen = registry.lookup(key);
                    if (seen == null || seen.isPresent() && !seen.get().equals("plugin-of-" + key)) {
                        failure.set("lookup(" + key + ") returned " + seen);
                    }
                } catch (RuntimeException e) {
                    failure.set("lookup(" + key + ") threw " + e + " while another thread registered it");
                }
            }
        });
        assertThat(failure.get()).as("reader saw a half-registered plugin").isNull();
    }
}
