package io.nodeplugins.jcstress.c9;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.registry.PluginRegistry;

/**
 * The actor shape of the C9 test: one actor closes the registry, the other registers a node; the
 * arbiter says whether the registration was accepted and whether it is visible. The variants differ
 * only in the registry.
 */
abstract class CloseRacingRegistration {

    static final String NODE = "node-a";

    private final PluginRegistry<String, NodePlugin> registry;
    private final NodePlugin plugin = new NodePlugin(NODE, 1);
    private String registration;

    CloseRacingRegistration(PluginRegistry<String, NodePlugin> registry) {
        this.registry = registry;
    }

    final void close() {
        registry.close();
    }

    final void register() {
        try {
            registry.register(NODE, plugin);
            registration = "accepted";
        } catch (IllegalStateException e) {
            registration = "rejected";
        } catch (RuntimeException e) {
            registration = e.getClass().getSimpleName();
        }
    }

    /** Returns "accepted", "rejected" or what register threw. */
    final String registration() {
        return registration;
    }

    /** Returns "visible" or "absent": a closed registry keeps existing registrations readable. */
    final String visibility() {
        return registry.lookup(NODE).orElse(null) == plugin ? "visible" : "absent";
    }
}
