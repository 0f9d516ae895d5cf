package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.NodeNames;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        registry.register(key(1), "driver");

        assertThat(registry.lookup(key(1))).contains("driver");
    }

    @Test
    public void lookupOfAWellFormedAbsentKeyIsEmptyAndChangesNothing() {
        registry.register(key(1), "driver");
        RegistryState before = state();

        Optional<String> result = registry.lookup(key(2));

        assertThat(result).isNotNull().isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    /** Node names of every form, and the valid keys the registry's key space lists. */
    @Test
    public void lookupNeverThrowsForWellFormedAbsentKeys() {
        Set<String> wellFormed = new LinkedHashSet<>();
        if (nodeNamesAreKeys(features.keys())) {
            wellFormed.addAll(List.of("a", "0", "worker-1", "node.example.com", "a".repeat(NodeNames.MAX_LENGTH)));
        }
        wellFormed.addAll(features.keys().valid());
        for (String key : wellFormed) {
            assertThatCode(() -> assertThat(registry.lookup(key)).isEmpty()).as(key).doesNotThrowAnyException();
        }
    }

    @Test
    @Requires(value = Feature.REMOVAL, semantics = Semantics.STACKING)
    public void lookupFollowsTheCurrentPluginThroughChanges() {
        Registration<String, String> v1 = registry.register(key(1), "driver-v1");
        Registration<String, String> v2 = registry.register(key(1), "driver-v2");
        assertThat(registry.lookup(key(1))).contains("driver-v2");
        v2.close();
        assertThat(registry.lookup(key(1))).contains("driver-v1");
        v1.close();
        assertThat(registry.lookup(key(1))).isEmpty();
    }

    /**
     * Catches RacyPublicationRegistry: a reader that finds an entry before its plugin is set throws
     * or sees null. Every lookup result must be empty or a fully built plugin of that key.
     */
    @Test
    @Requires(Feature.REMOVAL)
    public void concurrentLookupsNeverSeeAPartlyRegisteredPlugin() throws Exception {
        List<String> keys = keys(8);
        int writes = 20_000;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        TestThreads.runTogether(2, t -> {
            if (t == 0) {
                for (int i = 0; i < writes && failure.get() == null; i++) {
                    String key = keys.get(i % keys.size());
                    registry.register(key, "plugin-of-" + key).close();
                }
                done.set(true);
                return;
            }
            long reads = 0;
            while (!done.get() && failure.get() == null) {
                String key = keys.get((int) (reads++ % keys.size()));
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
