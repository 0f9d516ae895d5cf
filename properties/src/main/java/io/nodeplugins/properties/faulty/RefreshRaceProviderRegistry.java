package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Violates <b>C2 newest wins</b> in priority form (the best provider is current), and only C2: as in
 * gRPC's {@code LoadBalancerRegistry},
 * the registry keeps every provider and serves lookups from a derived map of the best provider per
 * name, refreshed after each change ({@code refreshProviderMap}). gRPC refreshes under the
 * registry's lock; this one, "to keep registration cheap", adds the provider under the lock but
 * computes and publishes the name's best provider after releasing it. Two registrations of one
 * name racing can publish in the opposite order, so the older result, computed without the other's
 * provider, is the one that stays: a provider of higher priority is registered but never found (a
 * deregistration in between can likewise be undone by the stale publication). Deregistration
 * refreshes under the lock; lookups read the published map. Sequentially correct. No registration
 * is lost (every provider stays registered); the wrong one is current.
 */
@Clauses(Clause.C2)
public final class RefreshRaceProviderRegistry {

    private final Map<String, List<RankedProvider>> all = new HashMap<>(); // guarded by this
    private final Map<String, RankedProvider> effective = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public RefreshRaceProviderRegistry() {
    }

    /**
     * Registers a provider.
     *
     * @param provider the provider
     */
    public void register(RankedProvider provider) {
        List<RankedProvider> named;
        synchronized (this) {
            all.computeIfAbsent(provider.name(), n -> new ArrayList<>()).add(provider);
            named = List.copyOf(all.get(provider.name()));
        }
        refresh(provider.name(), named); // BUG (C1): computed and published outside the lock
    }

    /**
     * Deregisters a provider.
     *
     * @param provider a provider registered before; nothing happens otherwise
     */
    public synchronized void deregister(RankedProvider provider) {
        List<RankedProvider> named = all.getOrDefault(provider.name(), new ArrayList<>());
        named.remove(provider);
        if (named.isEmpty()) {
            all.remove(provider.name());
        }
        refresh(provider.name(), named);
    }

    /**
     * Returns the best provider of a name.
     *
     * @param name the name
     * @return the provider of highest priority, ties to the first registered; null if there is none
     */
    public RankedProvider getProvider(String name) {
        return effective.get(name);
    }

    private void refresh(String name, List<RankedProvider> named) {
        RankedProvider best = null;
        for (RankedProvider p : named) {
            if (best == null || p.priority() > best.priority()) {
                best = p;
            }
        }
        Thread.yield(); // refreshing takes a while with many providers
        if (best == null) {
            effective.remove(name);
        } else {
            effective.put(name, best);
        }
    }

    /** The priority-provider shape of {@link RefreshRaceProviderRegistry}: register, deregister, best. */
    public static final class Declaration extends NamedDeclaration {
        /** Declares the registry. */
        public Declaration() {
            super(Shape.<RefreshRaceProviderRegistry, RankedProvider>priorityProviders(
                            RefreshRaceProviderRegistry::new, RankedProvider::new, RankedProvider::plugin)
                    .register(RefreshRaceProviderRegistry::register)
                    .deregister(RefreshRaceProviderRegistry::deregister)
                    .best(RefreshRaceProviderRegistry::getProvider)
                    .declare("RefreshRaceProviderRegistry"));
        }
    }
}
