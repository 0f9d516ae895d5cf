package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;
import io.nodeplugins.properties.features.RegistryDeclaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A correct priority-provider registry in the manner of gRPC's {@code LoadBalancerRegistry}: lists
 * of providers per name under one monitor; the best provider of a name is the one of highest
 * priority, ties to the first registered; deregistering removes that one provider. The base of the
 * faulty provider registries, each of which overrides one step. Thread-safe: every method holds the
 * registry's monitor, so each is atomic.
 */
public class ProviderListRegistry {

    private final Map<String, List<RankedProvider>> providers = new HashMap<>();

    /** Creates an empty registry. */
    public ProviderListRegistry() {
    }

    /**
     * Registers a provider.
     *
     * @param provider the provider
     */
    public synchronized void register(RankedProvider provider) {
        providers.computeIfAbsent(provider.name(), n -> new ArrayList<>()).add(provider);
    }

    /**
     * Deregisters a provider.
     *
     * @param provider a provider registered before; nothing happens otherwise
     */
    public synchronized void deregister(RankedProvider provider) {
        List<RankedProvider> named = providers.get(provider.name());
        if (named != null) {
            removeFrom(named, provider);
            if (named.isEmpty()) {
                providers.remove(provider.name());
            }
        }
    }

    /**
     * Returns the best provider of a name.
     *
     * @param name the name
     * @return the provider of highest priority, ties to the first registered; null if there is none
     */
    public synchronized RankedProvider getProvider(String name) {
        RankedProvider best = null;
        for (RankedProvider p : providers.getOrDefault(name, List.of())) {
            if (best == null || better(p, best)) {
                best = p;
            }
        }
        return best;
    }

    /**
     * Returns how many providers are registered.
     *
     * @return the number of providers of every name
     */
    public synchronized int size() {
        return providers.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Returns the best provider of every name, at one instant.
     *
     * @return a new map from name to best provider
     */
    public synchronized Map<String, RankedProvider> bestProviders() {
        Map<String, RankedProvider> best = new HashMap<>();
        providers.keySet().forEach(name -> best.put(name, getProvider(name)));
        return best;
    }

    /**
     * Whether {@code candidate}, registered after {@code best}, beats it.
     *
     * @param candidate a provider registered later
     * @param best      the best provider so far
     * @return whether the candidate's priority is higher
     */
    protected boolean better(RankedProvider candidate, RankedProvider best) {
        return candidate.priority() > best.priority();
    }

    /**
     * Removes a deregistered provider from the providers of its name.
     *
     * @param named    the providers of the name, in registration order
     * @param provider the provider to remove
     */
    protected void removeFrom(List<RankedProvider> named, RankedProvider provider) {
        named.remove(provider);
    }

    /**
     * Declares a registry of this shape with every feature it offers.
     *
     * @param create makes a new, empty registry
     * @param name   the declaration's name
     * @param <R>    the registry type
     * @return the declaration: priority semantics, removal, size and snapshot
     */
    static <R extends ProviderListRegistry> RegistryDeclaration declare(Supplier<R> create, String name) {
        return Shape.<R, RankedProvider>priorityProviders(create, RankedProvider::new, RankedProvider::plugin)
                .register(ProviderListRegistry::register).deregister(ProviderListRegistry::deregister)
                .best(ProviderListRegistry::getProvider).size(ProviderListRegistry::size)
                .snapshot(ProviderListRegistry::bestProviders).declare(name);
    }

    /** {@link ProviderListRegistry}, correct, with every feature it offers. */
    public static final class Declaration extends NamedDeclaration {
        /** Declares the registry. */
        public Declaration() {
            super(declare(ProviderListRegistry::new, "ProviderListRegistry"));
        }
    }
}
