package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C3 handle-scoped removal: a handle removes exactly its own registration, idempotently, and never
 * a newer one (the kubelet device-plugin bug where an old plugin's late disconnect removed its
 * replacement). Under every semantics, but for the stack order of the last test.
 */
@Clauses(Clause.C3)
@Requires(Feature.REMOVAL)
public abstract class C3HandleScopedRemovalTests extends ClauseTests {

    @Test
    public void closeRemovesItsOwnRegistration() {
        Registration<String, String> handle = registry.register(key(1), "driver");

        handle.close();

        assertActive(handle, false);
        assertThat(registry.lookup(key(1))).isEmpty();
        assertThat(state()).isEqualTo(emptyState());
    }

    /**
     * Catches RemoveByKeyRegistry. Under priority semantics the old registration is the current one
     * (the first of equal priorities), and closing it reveals the replacement.
     */
    @Test
    public void aLateCloseOfTheOldRegistrationNeverRemovesItsReplacement() {
        Registration<String, String> old = registry.register(key(1), "driver-v1");
        Registration<String, String> replacement = registry.register(key(1), "driver-v2");

        old.close(); // the old plugin's disconnect arrives after the new one registered

        assertThat(registry.lookup(key(1))).contains("driver-v2");
        assertActive(replacement, true);
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "driver-v2"), 1, 0));
    }

    @Test
    public void closeIsIdempotentEvenAfterTheKeyIsRegisteredAgain() {
        Registration<String, String> old = registry.register(key(1), "driver-v1");
        old.close();
        Registration<String, String> replacement = registry.register(key(1), "driver-v2");

        old.close();
        old.close();

        assertThat(registry.lookup(key(1))).contains("driver-v2");
        assertActive(replacement, true);
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "driver-v2"), 1, 0));
    }

    @Test
    public void closeNeverTouchesOtherKeys() {
        Registration<String, String> one = registry.register(key(1), "a");
        registry.register(key(2), "b");

        one.close();
        one.close();

        assertThat(registry.lookup(key(1))).isEmpty();
        assertThat(registry.lookup(key(2))).contains("b");
        assertThat(state()).isEqualTo(expectedState(Map.of(key(2), "b"), 1, 0));
    }

    /**
     * The old plugin's disconnect races with its replacement's registration: whichever comes first,
     * the replacement must be current afterwards (a removal that reads the key, then removes it, can
     * remove the replacement in between).
     */
    @Test
    public void aCloseRacingWithTheReplacementsRegistrationNeverRemovesIt() throws Exception {
        String key = key(1);
        rounds(300, (r, round) -> {
            Registration<String, String> old = r.register(key, "driver-v1");
            AtomicReference<Registration<String, String>> replacement = new AtomicReference<>();
            TestThreads.runTogether(2, t -> {
                if (t == 0) {
                    old.close();
                } else {
                    replacement.set(r.register(key, "driver-v2"));
                }
            });
            Optional<String> current = r.lookup(key);
            if (!current.equals(Optional.of("driver-v2"))) {
                return "the old registration's close raced with the replacement's register; lookup = " + current;
            }
            // The closed registration must not have come back underneath (a register that wrote back a
            // stack it read before the close): closing the replacement leaves the key empty.
            replacement.get().close();
            Optional<String> afterReplacementClosed = r.lookup(key);
            return afterReplacementClosed.isEmpty() ? null
                    : "the old registration's close raced with the replacement's register, and after the replacement"
                            + " closed too, lookup = " + afterReplacementClosed + ": the closed registration came back";
        });
    }

    @Test
    @Requires(semantics = Semantics.STACKING)
    public void eachHandleOfAStackRemovesOnlyItself() {
        Registration<String, String> v1 = registry.register(key(1), "driver-v1");
        Registration<String, String> v2 = registry.register(key(1), "driver-v2");
        Registration<String, String> v3 = registry.register(key(1), "driver-v3");

        v1.close();
        assertThat(registry.lookup(key(1))).contains("driver-v3");
        v3.close();
        assertThat(registry.lookup(key(1))).contains("driver-v2");
        assertActive(v2, true);
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "driver-v2"), 1, 0));
    }

    /**
     * The same plugin instance registered twice (a plugin that re-registers after a reconnect) is
     * two registrations: the first one's close leaves the second. Under every semantics.
     */
    @Test
    @Requires(Feature.DISTINCT_REGISTRATIONS)
    public void theSameInstanceRegisteredTwiceIsTwoRegistrations() {
        String plugin = "driver";
        Registration<String, String> first = registry.register(key(1), plugin);
        Registration<String, String> second = registry.register(key(1), plugin);

        first.close();

        assertThat(registry.lookup(key(1))).as("the second registration of the same instance").containsSame(plugin);
        second.close();
        assertThat(registry.lookup(key(1))).isEmpty();
    }

    /**
     * Distinct plugins that are {@code equals} (a restarted plugin equal to the old one, as records
     * are) are told apart by instance: the old one's close leaves the new one current.
     */
    @Test
    @Requires(Feature.DISTINCT_REGISTRATIONS)
    public void equalButDistinctPluginsAreToldApartByInstance() {
        String old = new String("driver");
        String restarted = new String("driver");
        Registration<String, String> first = registry.register(key(1), old);
        registry.register(key(1), restarted);

        first.close();

        assertThat(registry.lookup(key(1))).as("the restarted instance, not merely an equal one").isPresent()
                .get().isSameAs(restarted);
    }

    /**
     * A handle closed again after its plugin instance registered anew changes nothing: the old
     * handle is spent, the new registration stays (an ABA on the instance: a plugin watcher that
     * keys registrations by socket path).
     */
    @Test
    @Requires(Feature.DISTINCT_REGISTRATIONS)
    public void aSpentHandleClosedAgainLeavesTheSameInstancesNewRegistration() {
        String plugin = "driver";
        Registration<String, String> first = registry.register(key(1), plugin);
        first.close();
        registry.register(key(1), plugin);

        first.close();

        assertThat(registry.lookup(key(1))).as("the instance's second registration").containsSame(plugin);
    }

    /**
     * Two registrations of one plugin instance with another registration between them: each handle
     * removes exactly its own registration, not the newest (nor the oldest) registration of its
     * instance. Closing the older first must leave the newer current; closing the newer first must
     * reveal the one between. A removal that finds "its" entry by plugin instance is invisible
     * without the registration between, and a spent handle's flag hides it from a repeated close.
     */
    @Test
    @Requires(value = Feature.DISTINCT_REGISTRATIONS, semantics = Semantics.STACKING)
    public void eachRegistrationOfOneInstanceRemovesOnlyItselfAroundAnotherRegistration() {
        String plugin = "driver";
        Registration<String, String> olderFirst = registry.register(key(1), plugin);
        registry.register(key(1), "other");
        Registration<String, String> newerFirst = registry.register(key(1), plugin);
        Registration<String, String> olderSecond = registry.register(key(2), plugin);
        registry.register(key(2), "other");
        Registration<String, String> newerSecond = registry.register(key(2), plugin);

        olderFirst.close();
        newerSecond.close();

        assertThat(registry.lookup(key(1))).as("the instance's newer registration, after its older one closed")
                .containsSame(plugin);
        assertActive(newerFirst, true);
        assertThat(registry.lookup(key(2))).as("the registration between, after the instance's newer one closed")
                .contains("other");
        assertActive(olderSecond, true);
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), plugin, key(2), "other"), 4, 0));
    }

    /**
     * Closing one of two equal plugins removes exactly its own registration, not the oldest equal
     * one ({@code List.remove(plugin)}): with another registration between them, the one between
     * becomes current again.
     */
    @Test
    @Requires(value = Feature.DISTINCT_REGISTRATIONS, semantics = Semantics.STACKING)
    public void closingOneOfTwoEqualPluginsRemovesExactlyItsOwnRegistration() {
        String old = new String("driver");
        String between = "other";
        String restarted = new String("driver");
        registry.register(key(1), old);
        registry.register(key(1), between);
        Registration<String, String> last = registry.register(key(1), restarted);

        last.close();

        assertThat(registry.lookup(key(1))).as("the registration between the two equal ones").containsSame(between);
    }
}
