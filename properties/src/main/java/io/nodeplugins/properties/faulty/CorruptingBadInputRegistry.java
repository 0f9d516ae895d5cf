package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.Objects;

/**
 * Violates <b>C10 bad input</b>, and only C10: {@code register} stores the registration before it
 * checks the node name, so a malformed or empty name throws the right
 * {@code IllegalArgumentException} but stays registered (in {@code snapshot()}, in {@code size()},
 * as an event to listeners). Visible sequentially. Null arguments, the other methods' checks and
 * everything else are correct.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C10)
public final class CorruptingBadInputRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    public Registration<String, P> register(String key, P plugin) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plugin, "plugin");
        Registration<String, P> registration = store(key, plugin);
        checkKey(key); // BUG (C10): too late, the malformed key is already stored
        return registration;
    }

    /** Makes {@link CorruptingBadInputRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(CorruptingBadInputRegistry::new);
        }
    }
}
