package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C2 under priority semantics (gRPC's provider registries): the registration of the highest
 * {@code Prioritized.priority()} is current whatever the order, equal priorities keep the first
 * registered (plain plugins have priority 0), closing the best reveals the next best, closing a
 * lower one changes nothing visible.
 */
@Clauses(Clause.C2)
@Requires(semantics = Semantics.PRIORITY)
public abstract class C2PrioritySemanticsTests extends ClauseTests {

    private static final RankedPlugin LOW = new RankedPlugin("low", 1);
    private static final RankedPlugin MID = new RankedPlugin("mid", 3);
    private static final RankedPlugin HIGH = new RankedPlugin("high", 5);

    /** The highest priority is current whether it was registered first, in the middle or last. */
    @Test
    public void theHighestPriorityIsCurrentWhateverTheOrder() {
        PluginRegistry<String, RankedPlugin> ranked = newRegistry();
        ranked.register(key(1), LOW);
        ranked.register(key(1), HIGH);
        ranked.register(key(1), MID);
        ranked.register(key(2), HIGH);
        ranked.register(key(2), LOW);
        ranked.register(key(2), MID);

        assertThat(ranked.lookup(key(1))).as("registered low, high, mid").contains(HIGH);
        assertThat(ranked.lookup(key(2))).as("registered high, low, mid").contains(HIGH);
        assertThat(state(ranked)).isEqualTo(expectedState(Map.of(key(1), HIGH, key(2), HIGH), 6, 0));
    }

    /** Among equal priorities, ranked or plain (priority 0), the first registered stays current. */
    @Test
    public void equalPrioritiesKeepTheFirstRegistered() {
        PluginRegistry<String, RankedPlugin> ranked = newRegistry();
        RankedPlugin first = new RankedPlugin("first", 2);
        ranked.register(key(1), LOW);
        ranked.register(key(1), first);
        ranked.register(key(1), new RankedPlugin("second", 2));
        ranked.register(key(1), new RankedPlugin("third", 2));
        registry.register(key(1), "plain-first");
        registry.register(key(1), "plain-second");

        assertThat(ranked.lookup(key(1))).as("three of priority 2").contains(first);
        assertThat(registry.lookup(key(1))).as("plain plugins, all of priority 0").contains("plain-first");
    }

    /** Closing the best reveals the next best, the first registered of equal priorities first. */
    @Test
    @Requires(Feature.REMOVAL)
    public void closingTheBestRevealsTheNextBest() {
        PluginRegistry<String, RankedPlugin> ranked = newRegistry();
        RankedPlugin alsoHigh = new RankedPlugin("also-high", HIGH.priority());
        Registration<String, RankedPlugin> low = ranked.register(key(1), LOW);
        Registration<String, RankedPlugin> high = ranked.register(key(1), HIGH);
        Registration<String, RankedPlugin> mid = ranked.register(key(1), MID);
        Registration<String, RankedPlugin> secondHigh = ranked.register(key(1), alsoHigh);

        assertThat(ranked.lookup(key(1))).contains(HIGH);
        high.close();
        assertThat(ranked.lookup(key(1))).as("after closing high").contains(alsoHigh);
        secondHigh.close();
        assertThat(ranked.lookup(key(1))).as("after closing both of priority 5").contains(MID);
        assertThat(state(ranked)).isEqualTo(expectedState(Map.of(key(1), MID), 2, 0));
        mid.close();
        assertThat(ranked.lookup(key(1))).as("after closing mid").contains(LOW);
        low.close();
        assertThat(ranked.lookup(key(1))).isEmpty();
        assertThat(state(ranked)).isEqualTo(emptyState());
    }

    /** Closing lower registrations changes neither the best, nor the state, nor the events. */
    @Test
    @Requires(Feature.REMOVAL)
    public void closingALowerRegistrationChangesNothingVisible() {
        PluginRegistry<String, RankedPlugin> ranked = newRegistry();
        ranked.register(key(1), HIGH);
        Registration<String, RankedPlugin> low = ranked.register(key(1), LOW);
        Registration<String, RankedPlugin> mid = ranked.register(key(1), MID);
        List<PluginEvent<String, RankedPlugin>> events = new CopyOnWriteArrayList<>();
        if (features.offers(Feature.SUBSCRIBE)) {
            ranked.subscribe(events::add);
            events.clear(); // the replay; C8 checks it
        }

        low.close();
        mid.close();

        assertThat(ranked.lookup(key(1))).contains(HIGH);
        assertThat(state(ranked)).isEqualTo(expectedState(Map.of(key(1), HIGH), 1, 0));
        assertThat(events).as("events caused by closing lower registrations").isEmpty();
    }

    /**
     * Two registrations of one key racing, the later-starting one of higher priority: whatever the
     * interleaving, the higher priority is current afterwards. Catches a registry that recomputes a
     * name's best provider and publishes it outside its lock (an older result overwrites a newer).
     */
    @Test
    public void racingRegistrationsOfOneKeyLeaveTheHighestPriorityCurrent() throws Exception {
        for (int round = 1; round <= 300; round++) {
            PluginRegistry<String, RankedPlugin> ranked = factory.create();
            try {
                TestThreads.runTogether(2, i -> ranked.register(key(1), i == 0 ? LOW : HIGH));
                assertThat(ranked.lookup(key(1))).as("round %d: after %s and %s raced", round, LOW, HIGH).contains(HIGH);
            } finally {
                if (features.offers(Feature.CLOSE)) {
                    ranked.close();
                }
            }
        }
    }
}
