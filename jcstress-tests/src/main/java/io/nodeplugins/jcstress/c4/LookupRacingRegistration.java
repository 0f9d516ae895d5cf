package io.nodeplugins.jcstress.c4;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.registry.PluginRegistry;

import java.util.Optional;

/**
 * The actor shape of the C4 test: one actor constructs a plugin and registers it, the other looks
 * the node up and says what it saw. The variants differ only in the registry.
 */
abstract class LookupRacingRegistration {

    static final String NODE = "node-a";

    private final PluginRegistry<String, NodePlugin> registry;

    LookupRacingRegistration(PluginRegistry<String, NodePlugin> registry) {
        this.registry = registry;
    }

    /** Constructs the plugin here, so that its constructor's writes race with the lookup. */
    final void register() {
        registry.register(NODE, new NodePlugin(NODE, 7));
    }

    /** Returns "absent", "complete", "half-built" or the simple name of what lookup threw. */
    final String lookup() {
        try {
            Optional<NodePlugin> seen = registry.lookup(NODE);
            if (seen == null) {
                return "null-optional";
            }
            return seen.map(p -> p.isComplete() ? "complete" : "half-built").orElse("absent");
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }
}
