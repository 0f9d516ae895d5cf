package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C2 newest wins: live registrations of one key stack; the newest is current, closing it reveals
 * the next newest, closing an older one changes nothing visible. Each test runs under the
 * semantics its expectations hold for (stacking always); {@link C2ReplaceSemanticsTests} and
 * {@link C2PrioritySemanticsTests} check the other rules.
 */
@Clauses(Clause.C2)
public abstract class C2NewestWinsTests extends ClauseTests {

    @Test
    @Requires(semantics = Semantics.STACKING)
    public void theNewestRegistrationIsCurrentAndAllAreCounted() {
        Registration<String, String> old = registry.register(key(1), "driver-v1");
        Registration<String, String> newer = registry.register(key(1), "driver-v2");

        assertThat(registry.lookup(key(1))).contains("driver-v2");
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "driver-v2"), 2, 0));
        assertActive(old, true);
        assertActive(newer, true);
    }

    /** Catches NoStackingRegistry: the rolling update whose new driver stops first. */
    @Test
    @Requires(value = Feature.REMOVAL, semantics = Semantics.STACKING)
    public void closingTheNewestRevealsTheNextNewestDownToEmpty() {
        Registration<String, String> v1 = registry.register(key(1), "driver-v1");
        Registration<String, String> v2 = registry.register(key(1), "driver-v2");
        Registration<String, String> v3 = registry.register(key(1), "driver-v3");

        v3.close();
        assertThat(registry.lookup(key(1))).as("after closing v3").contains("driver-v2");
        assertThat(state()).as("after closing v3").isEqualTo(expectedState(Map.of(key(1), "driver-v2"), 2, 0));
        v2.close();
        assertThat(registry.lookup(key(1))).as("after closing v2").contains("driver-v1");
        assertThat(state()).as("after closing v2").isEqualTo(expectedState(Map.of(key(1), "driver-v1"), 1, 0));
        v1.close();
        assertThat(registry.lookup(key(1))).as("after closing v1").isEmpty();
        assertThat(state()).isEqualTo(emptyState());
    }

    // It closes an older registration: handle-scoped removal (C3) too.
    @Test
    @Clauses({Clause.C2, Clause.C3})
    @Requires(value = Feature.REMOVAL, semantics = {Semantics.STACKING, Semantics.REPLACE})
    public void closingAnOlderRegistrationChangesNothingVisible() {
        Registration<String, String> v1 = registry.register(key(1), "driver-v1");
        registry.register(key(1), "driver-v2");
        List<PluginEvent<String, String>> events = new CopyOnWriteArrayList<>();
        if (features.offers(Feature.SUBSCRIBE)) {
            registry.subscribe(events::add);
            events.clear(); // the replay; C8 checks it
        }

        v1.close();

        assertThat(registry.lookup(key(1))).contains("driver-v2");
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "driver-v2"), 1, 0));
        assertThat(events).as("events caused by closing a hidden registration").isEmpty();
    }

    @Test
    @Requires(value = Feature.REMOVAL, semantics = Semantics.STACKING)
    public void closingAMiddleRegistrationKeepsTheOthersInOrder() {
        Registration<String, String> v1 = registry.register(key(1), "driver-v1");
        Registration<String, String> v2 = registry.register(key(1), "driver-v2");
        Registration<String, String> v3 = registry.register(key(1), "driver-v3");

        v2.close();
        assertThat(registry.lookup(key(1))).contains("driver-v3");
        v3.close();
        assertThat(registry.lookup(key(1))).as("v2 was closed, so v1 is next").contains("driver-v1");
        assertActive(v1, true);
    }

    /** Under priority semantics both registrations have priority 0: the first stays current. */
    @Test
    @Requires(value = Feature.REMOVAL, semantics = {Semantics.STACKING, Semantics.PRIORITY})
    public void registeringTheSamePluginTwiceStacksTwoRegistrations() {
        Registration<String, String> first = registry.register(key(1), "driver");
        Registration<String, String> second = registry.register(key(1), "driver");

        second.close();
        assertThat(registry.lookup(key(1))).contains("driver");
        assertActive(first, true);
        first.close();
        assertThat(registry.lookup(key(1))).isEmpty();
    }

    /**
     * Catches CheckThenActRegistry: concurrent read-copy-put of one key's stack loses a registration.
     * Under priority semantics every registration counts too, and any survivor is the best left.
     */
    @Test
    @Requires(value = {Feature.REMOVAL, Feature.SIZE}, semantics = {Semantics.STACKING, Semantics.PRIORITY})
    public void concurrentRegistrationsOfOneKeyAreAllStacked() throws Exception {
        int threads = 4;
        int perThread = 100;
        String key = key(1);
        rounds(60, (r, round) -> {
            List<Registration<String, String>> handles = new CopyOnWriteArrayList<>();
            TestThreads.runTogether(threads, t -> {
                for (int i = 0; i < perThread; i++) {
                    handles.add(r.register(key, "driver-" + t + "-" + i));
                }
            });
            int expected = threads * perThread;
            if (r.size() != expected) {
                return threads + " threads each registered " + perThread + " plugins for one key; size() = " + r.size()
                        + " instead of " + expected + " (a stacked registration was lost)";
            }
            // Close all but one, in random order: the survivor must become current.
            List<Registration<String, String>> shuffled = new ArrayList<>(handles);
            Collections.shuffle(shuffled, new Random(round));
            Registration<String, String> survivor = shuffled.remove(0);
            shuffled.forEach(Registration::close);
            if (!r.lookup(key).equals(Optional.of(survivor.plugin())) || r.size() != 1) {
                return "after closing all but " + survivor + ", lookup = " + r.lookup(key) + ", size() = "
                        + r.size();
            }
            return null;
        });
    }
}
