package io.nodeplugins.jcstress.c3;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;

/**
 * The actor shape of the C3 test: a node has an older registration; one actor closes its handle
 * (the old plugin shutting down late) while the other registers the newer plugin; the arbiter says
 * which plugin is left. The variants differ only in the registry.
 */
abstract class OlderCloseRacingNewerRegistration {

    static final String NODE = "node-a";

    private final PluginRegistry<String, NodePlugin> registry;
    private final boolean counts;
    private final NodePlugin older = new NodePlugin(NODE, 1);
    private final NodePlugin newer = new NodePlugin(NODE, 2);
    private final Registration<String, NodePlugin> olderHandle;

    OlderCloseRacingNewerRegistration(PluginRegistry<String, NodePlugin> registry, Features features) {
        this.registry = registry;
        this.counts = features.offers(Feature.SIZE);
        this.olderHandle = registry.register(NODE, older);
    }

    final void closeOlder() {
        olderHandle.close();
    }

    final void registerNewer() {
        registry.register(NODE, newer);
    }

    /** Returns the current plugin: "newer", "older" or "none". */
    final String current() {
        NodePlugin current = registry.lookup(NODE).orElse(null);
        return current == newer ? "newer" : current == older ? "older" : current == null ? "none" : "unknown";
    }

    /** The registry's size; for a registry without {@code size()}, 1 if a lookup finds a plugin, else 0. */
    final int size() {
        return counts ? registry.size() : registry.lookup(NODE).isPresent() ? 1 : 0;
    }
}
