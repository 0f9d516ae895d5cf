package io.nodeplugins.jcstress.c1;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.PluginRegistry;

/**
 * The actor shape of the C1 tests: every actor registers a plugin for its own node, then the arbiter
 * counts what survived. The variants differ only in the registry they hand to the constructor.
 */
abstract class DistinctNodeRegistrations {

    /** Returned by {@link #found()} when a registration threw, so that the outcome says so. */
    static final int THREW = -1;

    private static final String[] NODES = {"node-a", "node-b", "node-c"};

    private final PluginRegistry<String, NodePlugin> registry;
    private final boolean counts;
    private final NodePlugin[] plugins;
    private boolean threw; // read by the arbiter, which jcstress runs after every actor has finished

    DistinctNodeRegistrations(PluginRegistry<String, NodePlugin> registry, Features features, int nodes) {
        this.registry = registry;
        this.counts = features.offers(Feature.SIZE);
        this.plugins = new NodePlugin[nodes];
        for (int i = 0; i < nodes; i++) {
            plugins[i] = new NodePlugin(NODES[i], 1);
        }
    }

    /** Registers the plugin of node {@code i}; an exception becomes the outcome, not a test error. */
    final void register(int i) {
        try {
            registry.register(NODES[i], plugins[i]);
        } catch (RuntimeException e) {
            threw = true;
        }
    }

    /** Returns how many nodes a lookup still finds with their own plugin, or {@link #THREW}. */
    final int found() {
        if (threw) {
            return THREW;
        }
        int found = 0;
        for (int i = 0; i < plugins.length; i++) {
            if (registry.lookup(NODES[i]).orElse(null) == plugins[i]) {
                found++;
            }
        }
        return found;
    }

    /**
     * Returns the registry's count of live registrations; for a registry without {@code size()}, the
     * lookups' count stands in, so the outcome still says whether a registration was lost.
     */
    final int size() {
        return counts ? registry.size() : found();
    }
}
