package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C3 handle-scoped removal: a handle removes exactly its own registration, idempotently, and never
 * a newer one (the kubelet device-plugin bug where an old plugin's late disconnect removed its
 * replacement).
 */
@Clauses(Clause.C3)
public abstract class C3HandleScopedRemovalTests extends ClauseTests {

    @Test
    public void closeRemovesItsOwnRegistration() {
        Registration<String, String> handle = registry.register("worker-1", "driver");

        handle.close();

        assertThat(handle.isActive()).isFalse();
        assertThat(registry.lookup("worker-1")).isEmpty();
        assertThat(RegistryState.of(registry)).isEqualTo(RegistryState.empty());
    }

    /** Catches RemoveByKeyRegistry. */
    @Test
    public void aLateCloseOfTheOldRegistrationNeverRemovesItsReplacement() {
        Registration<String, String> old = registry.register("worker-1", "driver-v1");
        Registration<String, String> replacement = registry.register("worker-1", "driver-v2");

        old.close(); // the old plugin's disconnect arrives after the new one registered

        assertThat(registry.lookup("worker-1")).contains("driver-v2");
        assertThat(replacement.isActive()).isTrue();
        assertThat(RegistryState.of(registry)).isEqualTo(new RegistryState(Map.of("worker-1", "driver-v2"), 1, 0));
    }

    @Test
    public void closeIsIdempotentEvenAfterTheKeyIsRegisteredAgain() {
        Registration<String, String> old = registry.register("worker-1", "driver-v1");
        old.close();
        Registration<String, String> replacement = registry.register("worker-1", "driver-v2");

        old.close();
        old.close();

        assertThat(registry.lookup("worker-1")).contains("driver-v2");
        assertThat(replacement.isActive()).isTrue();
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    public void closeNeverTouchesOtherKeys() {
        Registration<String, String> one = registry.register("worker-1", "a");
        registry.register("worker-2", "b");

        one.close();
        one.close();

        assertThat(registry.snapshot()).isEqualTo(Map.of("worker-2", "b"));
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    public void eachHandleOfAStackRemovesOnlyItself() {
        Registration<String, String> v1 = registry.register("worker-1", "driver-v1");
        Registration<String, String> v2 = registry.register("worker-1", "driver-v2");
        Registration<String, String> v3 = registry.register("worker-1", "driver-v3");

        v1.close();
        assertThat(registry.lookup("worker-1")).contains("driver-v3");
        v3.close();
        assertThat(registry.lookup("worker-1")).contains("driver-v2");
        assertThat(v2.isActive()).isTrue();
        assertThat(registry.size()).isEqualTo(1);
    }
}
