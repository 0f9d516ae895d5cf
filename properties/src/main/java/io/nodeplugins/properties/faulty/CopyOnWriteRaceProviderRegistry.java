package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Violates <b>C1 register</b> in priority form, and only C1: the providers of a name are an
 * immutable list in a {@link ConcurrentHashMap}, and {@link #register} reads it, copies it with the
 * new provider and puts the copy back without atomicity, so of two providers registered for one
 * name at once one is lost. Visible only under concurrency; deregistration is atomic
 * ({@code computeIfPresent}) and lookups are correct.
 */
@Clauses(Clause.C1)
public final class CopyOnWriteRaceProviderRegistry {

    private final ConcurrentMap<String, List<RankedProvider>> providers = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public CopyOnWriteRaceProviderRegistry() {
    }

    /**
     * Registers a provider.
     *
     * @param provider the provider
     */
    public void register(RankedProvider provider) {
        // BUG (C1): read-copy-put, not compute(): a concurrent registration of the name is overwritten.
        List<RankedProvider> copy = new ArrayList<>(providers.getOrDefault(provider.name(), List.of()));
        copy.add(provider);
        Thread.yield(); // widens the window as a slower copy would
        providers.put(provider.name(), List.copyOf(copy));
    }

    /**
     * Deregisters a provider.
     *
     * @param provider a provider registered before
     */
    public void deregister(RankedProvider provider) {
        providers.computeIfPresent(provider.name(), (name, named) -> {
            List<RankedProvider> rest = new ArrayList<>(named);
            rest.remove(provider);
            return rest.isEmpty() ? null : List.copyOf(rest);
        });
    }

    /**
     * Returns the best provider of a name.
     *
     * @param name the name
     * @return the provider of highest priority, ties to the first registered; null if there is none
     */
    public RankedProvider getProvider(String name) {
        RankedProvider best = null;
        for (RankedProvider p : providers.getOrDefault(name, List.of())) {
            if (best == null || p.priority() > best.priority()) {
                best = p;
            }
        }
        return best;
    }

    /** The priority-provider shape of {@link CopyOnWriteRaceProviderRegistry}: register, deregister, best. */
    public static final class Declaration extends NamedDeclaration {
        /** Declares the registry. */
        public Declaration() {
            super(Shape.<CopyOnWriteRaceProviderRegistry, RankedProvider>priorityProviders(
                            CopyOnWriteRaceProviderRegistry::new, RankedProvider::new, RankedProvider::plugin)
                    .register(CopyOnWriteRaceProviderRegistry::register)
                    .deregister(CopyOnWriteRaceProviderRegistry::deregister)
                    .best(CopyOnWriteRaceProviderRegistry::getProvider)
                    .declare("CopyOnWriteRaceProviderRegistry"));
        }
    }
}
