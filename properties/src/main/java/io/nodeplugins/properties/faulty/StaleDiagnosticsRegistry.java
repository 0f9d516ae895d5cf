package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginNotRegisteredException;
import io.nodeplugins.registry.Registration;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Violates <b>C5 require</b> (the message names the registered keys), and only C5: the
 * {@code PluginNotRegisteredException} of {@code require} lists the keys from an index of names
 * that registration adds to and nothing ever prunes, so after a node's plugin stops, the message
 * still claims it is registered and sends the reader looking in the wrong place ("registered keys
 * (1): [worker-1]" for {@code require("worker-1")} itself). Lookups, the thrown type and the
 * returned plugin are correct, and so are the diagnostics of timed-out awaits. Visible
 * sequentially: register, close, require.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C5)
public final class StaleDiagnosticsRegistry<P> extends SimpleLockedRegistry<P> {

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        Registration<String, P> handle = super.store(key, plugin);
        known.add(key); // BUG (C5): never removed when the key's last registration closes
        return handle;
    }

    @Override
    public P require(String key) {
        return lookup(key).orElseThrow(() -> PluginNotRegisteredException.notRegistered(key, known));
    }

    /** Makes {@link StaleDiagnosticsRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(StaleDiagnosticsRegistry::new);
        }
    }
}
