package io.nodeplugins.bench;

import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One population of nodes, each with its plugin, stored three ways with identical contents (until
 * {@link #replace(int)} changes the registry's): the
 * registry under test, a {@link HashMap} (the Go map analogue) and a {@link ConcurrentHashMap}
 * (what a Java driver author would use instead). The registry comes from
 * {@link NodeRegistryFactory#fromSystemProperty()}, so {@code -Dnodeplugins.factory=...} benchmarks
 * another implementation; the default is the reference registry.
 *
 * <p>Filled by one thread before measuring and read-only afterwards, except through
 * {@link #replace(int)}, which only one thread may call at a time. JMH's state set-up publishes it
 * safely to the benchmark threads.
 */
public final class RegisteredNodes implements AutoCloseable {

    private final String[] names;
    private final NodePlugin[] plugins;
    private final NodePlugin[] alternates; // what replace(i) swaps in and out
    private final Registration<String, NodePlugin>[] handles;
    private final PluginRegistry<String, NodePlugin> registry;
    private final HashMap<String, NodePlugin> hashMap;
    private final ConcurrentHashMap<String, NodePlugin> concurrentMap;

    private RegisteredNodes(int count) {
        names = NodeKeys.registered(count);
        plugins = NodeKeys.plugins(count);
        alternates = NodeKeys.plugins(count);
        registry = NodeRegistryFactory.fromSystemProperty().create();
        hashMap = new HashMap<>();
        concurrentMap = new ConcurrentHashMap<>();
        @SuppressWarnings("unchecked")
        Registration<String, NodePlugin>[] created = new Registration[count];
        handles = created;
        for (int i = 0; i < count; i++) {
            handles[i] = registry.register(names[i], plugins[i]);
            hashMap.put(names[i], plugins[i]);
            concurrentMap.put(names[i], plugins[i]);
        }
    }

    /**
     * Registers {@code count} nodes, each with its own plugin.
     *
     * @param count how many nodes
     * @return the filled population
     */
    public static RegisteredNodes fill(int count) {
        return new RegisteredNodes(count);
    }

    /**
     * Returns the node names, in registration order; do not modify.
     *
     * @return the names
     */
    public String[] names() {
        return names;
    }

    /**
     * Returns the registry under test, holding one registration per node.
     *
     * @return the registry
     */
    public PluginRegistry<String, NodePlugin> registry() {
        return registry;
    }

    /**
     * Returns the plain map with the same contents; read it from one thread at a time or only
     * after set-up.
     *
     * @return the map
     */
    public HashMap<String, NodePlugin> hashMap() {
        return hashMap;
    }

    /**
     * Returns the concurrent map with the same contents.
     *
     * @return the map
     */
    public ConcurrentHashMap<String, NodePlugin> concurrentMap() {
        return concurrentMap;
    }

    /**
     * Replaces node {@code i}'s plugin in the registry by its other plugin (each node has two, used
     * in turn, so every replacement changes what the registry holds), the way a rolling plugin update
     * does: register the new one, then close the old one, so the node is never empty. Two registry
     * writes; one thread at a time. The direct maps keep the first plugins.
     *
     * @param i the node's index
     * @return the new registration
     */
    public Registration<String, NodePlugin> replace(int i) {
        Registration<String, NodePlugin> old = handles[i];
        handles[i] = registry.register(names[i], old.plugin() == plugins[i] ? alternates[i] : plugins[i]);
        old.close();
        return handles[i];
    }

    /** Closes the registry. */
    @Override
    public void close() {
        registry.close();
    }
}
