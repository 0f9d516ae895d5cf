package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

/**
 * Violates <b>C2 newest wins</b> in priority form, and only C2: among providers of equal priority
 * the last registered wins instead of the first (gRPC's registries document ties to the first), so
 * registering a second provider of the same priority silently takes over a name. Visible
 * sequentially. Otherwise {@link ProviderListRegistry}; thread-safe.
 */
@Clauses(Clause.C2)
public final class TiesToLastProviderRegistry extends ProviderListRegistry {

    /** Creates an empty registry. */
    public TiesToLastProviderRegistry() {
    }

    @Override
    protected boolean better(RankedProvider candidate, RankedProvider best) {
        return candidate.priority() >= best.priority(); // BUG (C2): ties go to the last registered
    }

    /** The priority-provider shape of {@link TiesToLastProviderRegistry}. */
    public static final class Declaration extends NamedDeclaration {
        /** Declares the registry. */
        public Declaration() {
            super(declare(TiesToLastProviderRegistry::new, "TiesToLastProviderRegistry"));
        }
    }
}
