package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.nodeplugins.registry.PluginEvent.removed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * C2 under replace (map) semantics: the newest registration replaces the previous one, which is
 * gone; closing a replaced registration changes nothing visible; closing the current one leaves the
 * key empty, since nothing stacks underneath.
 */
@Clauses(Clause.C2)
@Requires(semantics = Semantics.REPLACE)
public abstract class C2ReplaceSemanticsTests extends ClauseTests {

    /** The second registration of a key is current; the first is gone, so the key counts once. */
    @Test
    public void theNewestRegistrationReplacesThePreviousOne() {
        Registration<String, String> old = registry.register(key(1), "driver-v1");
        Registration<String, String> newer = registry.register(key(1), "driver-v2");

        assertThat(registry.lookup(key(1))).contains("driver-v2");
        assertThat(state()).as("one key, one current plugin").isEqualTo(expectedState(Map.of(key(1), "driver-v2"), 1, 0));
        assertActive(old, false);
        assertActive(newer, true);
    }

    /** Closing the current registration empties the key: the replaced one does not come back. */
    @Test
    @Requires(Feature.REMOVAL)
    public void closingTheCurrentRegistrationLeavesTheKeyEmpty() {
        Registration<String, String> v1 = registry.register(key(1), "driver-v1");
        Registration<String, String> v2 = registry.register(key(1), "driver-v2");
        List<PluginEvent<String, String>> events = new CopyOnWriteArrayList<>();
        if (features.offers(Feature.SUBSCRIBE)) {
            registry.subscribe(events::add);
            events.clear();
        }

        v2.close();

        assertThat(registry.lookup(key(1))).as("the replaced driver-v1 must not come back").isEmpty();
        assertThat(state()).isEqualTo(emptyState());
        if (features.offers(Feature.SUBSCRIBE)) {
            assertThat(events).as("events caused by closing the current registration").containsExactly(removed(key(1)));
        }
        v1.close();
        assertThat(registry.lookup(key(1))).isEmpty();
        assertThat(state()).isEqualTo(emptyState());
    }

    /** After three registrations only the last is live; closing it empties its key and no other. */
    // It closes an older registration: handle-scoped removal (C3) too.
    @Test
    @Clauses({Clause.C2, Clause.C3})
    @Requires(Feature.REMOVAL)
    public void onlyTheLastOfSeveralReplacementsStays() {
        Registration<String, String> v1 = registry.register(key(1), "driver-v1");
        Registration<String, String> v2 = registry.register(key(1), "driver-v2");
        Registration<String, String> v3 = registry.register(key(1), "driver-v3");
        registry.register(key(2), "other");

        v2.close();
        v1.close();
        assertThat(registry.lookup(key(1))).contains("driver-v3");
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "driver-v3", key(2), "other"), 2, 0));
        v3.close();
        assertThat(registry.lookup(key(1))).isEmpty();
        assertThat(registry.lookup(key(2))).contains("other");
        assertThat(state()).isEqualTo(expectedState(Map.of(key(2), "other"), 1, 0));
    }
}
