package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C3 under replace (map) semantics: an old registration's close removes only what it registered
 * itself (a conditional {@code remove(key, value)}), never its replacement, however late it comes
 * and however often; the replacement's own close still removes it.
 */
@Clauses(Clause.C3)
@Requires(value = Feature.REMOVAL, semantics = Semantics.REPLACE)
public abstract class C3ReplaceSemanticsTests extends ClauseTests {

    /** The kubelet device-plugin bug in map form: {@code remove(key)} instead of {@code remove(key, value)}. */
    @Test
    public void aLateCloseOfTheReplacedRegistrationNeverRemovesItsReplacement() {
        Registration<String, String> old = registry.register(key(1), "driver-v1");
        Registration<String, String> replacement = registry.register(key(1), "driver-v2");

        old.close(); // the old plugin's disconnect arrives after the new one registered
        old.close();

        assertThat(registry.lookup(key(1))).contains("driver-v2");
        assertActive(replacement, true);
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "driver-v2"), 1, 0));
        replacement.close();
        assertThat(registry.lookup(key(1))).isEmpty();
        assertThat(state()).isEqualTo(emptyState());
    }

    /** Late closes of two replaced registrations leave the third current. */
    @Test
    public void lateClosesOfEveryReplacedRegistrationLeaveTheLastOne() {
        Registration<String, String> v1 = registry.register(key(1), "driver-v1");
        Registration<String, String> v2 = registry.register(key(1), "driver-v2");
        Registration<String, String> v3 = registry.register(key(1), "driver-v3");

        v1.close();
        v2.close();

        assertThat(registry.lookup(key(1))).contains("driver-v3");
        assertActive(v3, true);
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "driver-v3"), 1, 0));
    }
}
