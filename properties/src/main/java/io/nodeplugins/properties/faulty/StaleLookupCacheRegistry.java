package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginNotRegisteredException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Violates <b>C4 lookup</b>, and only C4: {@code lookup}, the hot path, answers from a cache of
 * each key's current plugin that a registration invalidates but a closing registration does not,
 * so after a plugin stops, lookups keep returning it (kubelet's device manager kept serving the
 * endpoint of a stopped device plugin until a grace period passed, kubernetes PR 60856; a stale
 * endpoint is the same bug). {@code require}, {@code await}, snapshots and events read the
 * registry itself and are correct. Visible sequentially: register, lookup, close, lookup.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C4)
public final class StaleLookupCacheRegistry<P> extends SimpleLockedRegistry<P> {

    private final Map<String, P> cache = new ConcurrentHashMap<>();

    @Override
    public Optional<P> lookup(String key) {
        checkKey(key);
        P cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<P> found = super.lookup(key);
        found.ifPresent(plugin -> cache.put(key, plugin));
        return found;
    }

    @Override
    protected List<Waiter> becameCurrent(String key, P plugin) {
        cache.remove(key); // BUG (C4): invalidated when a plugin becomes current, not when one is closed
        return super.becameCurrent(key, plugin);
    }

    @Override
    public P require(String key) {
        checkKey(key);
        synchronized (lock) {
            P plugin = currentPlugin(key);
            if (plugin != null) {
                return plugin;
            }
        }
        throw PluginNotRegisteredException.notRegistered(key, snapshot().keySet());
    }

    /** Makes {@link StaleLookupCacheRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(StaleLookupCacheRegistry::new);
        }
    }
}
