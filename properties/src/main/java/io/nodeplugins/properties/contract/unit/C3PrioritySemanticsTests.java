package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C3 under priority semantics: a handle removes exactly its own registration, whatever its rank: a
 * closed lower one never comes back, an old best's late close never removes the new best, and one
 * of two registrations of the same plugin removes only itself.
 */
@Clauses(Clause.C3)
@Requires(value = Feature.REMOVAL, semantics = Semantics.PRIORITY)
public abstract class C3PrioritySemanticsTests extends ClauseTests {

    /** A closed lower registration stays closed when the best one is closed later. */
    @Test
    public void aClosedLowerRegistrationNeverComesBack() {
        PluginRegistry<String, RankedPlugin> ranked = newRegistry();
        RankedPlugin high = new RankedPlugin("high", 5);
        Registration<String, RankedPlugin> best = ranked.register(key(1), high);
        Registration<String, RankedPlugin> low = ranked.register(key(1), new RankedPlugin("low", 1));

        low.close();
        assertThat(ranked.lookup(key(1))).contains(high);
        assertThat(state(ranked)).isEqualTo(expectedState(Map.of(key(1), high), 1, 0));
        best.close();

        assertThat(ranked.lookup(key(1))).as("the closed low registration must stay closed").isEmpty();
        assertThat(state(ranked)).isEqualTo(emptyState());
    }

    /** The old best's late close, twice, leaves the new best current. */
    @Test
    public void aLateCloseOfTheOldBestNeverRemovesTheNewBest() {
        PluginRegistry<String, RankedPlugin> ranked = newRegistry();
        Registration<String, RankedPlugin> old = ranked.register(key(1), new RankedPlugin("driver-v1", 1));
        RankedPlugin newer = new RankedPlugin("driver-v2", 2);
        Registration<String, RankedPlugin> replacement = ranked.register(key(1), newer);

        old.close();
        old.close();

        assertThat(ranked.lookup(key(1))).contains(newer);
        assertActive(replacement, true);
        assertThat(state(ranked)).isEqualTo(expectedState(Map.of(key(1), newer), 1, 0));
    }

    /** Of two registrations of one plugin, closing one (twice) leaves the other live. */
    @Test
    public void eachOfTwoRegistrationsOfTheSamePluginRemovesOnlyItself() {
        PluginRegistry<String, RankedPlugin> ranked = newRegistry();
        RankedPlugin plugin = new RankedPlugin("driver", 3);
        Registration<String, RankedPlugin> first = ranked.register(key(1), plugin);
        Registration<String, RankedPlugin> second = ranked.register(key(1), plugin);

        first.close();
        first.close();
        assertThat(ranked.lookup(key(1))).as("the second registration is still live").contains(plugin);
        assertThat(state(ranked)).isEqualTo(expectedState(Map.of(key(1), plugin), 1, 0));
        second.close();
        assertThat(ranked.lookup(key(1))).isEmpty();
    }
}
