package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

/**
 * Violates <b>C5 require</b>, and only C5: {@code require} returns null for an absent key instead
 * of throwing {@code PluginNotRegisteredException}, so the caller dereferences null far from the
 * cause (the DRA e2e nil-pointer panic). Visible sequentially; everything else is correct.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C5)
public final class NullOnMissingRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    public P require(String key) {
        return lookup(key).orElse(null); // BUG (C5): a usable-looking null instead of a diagnostic
    }

    /** Makes {@link NullOnMissingRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(NullOnMissingRegistry::new);
        }
    }
}
