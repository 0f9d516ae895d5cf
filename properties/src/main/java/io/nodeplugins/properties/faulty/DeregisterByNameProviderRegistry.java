package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.List;

/**
 * Violates <b>C3 handle-scoped removal</b> in priority form, and only C3: deregistering a provider
 * removes every provider of its name, so one provider's shutdown takes the name's other providers
 * with it. Visible sequentially. Otherwise {@link ProviderListRegistry}; thread-safe.
 */
@Clauses(Clause.C3)
public final class DeregisterByNameProviderRegistry extends ProviderListRegistry {

    /** Creates an empty registry. */
    public DeregisterByNameProviderRegistry() {
    }

    @Override
    protected void removeFrom(List<RankedProvider> named, RankedProvider provider) {
        if (named.contains(provider)) {
            named.clear(); // BUG (C3): every provider of the name goes, not only this one
        }
    }

    /** The priority-provider shape of {@link DeregisterByNameProviderRegistry}. */
    public static final class Declaration extends NamedDeclaration {
        /** Declares the registry. */
        public Declaration() {
            super(declare(DeregisterByNameProviderRegistry::new, "DeregisterByNameProviderRegistry"));
        }
    }
}
