package io.nodeplugins.jcstress.c8;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.PluginRegistry;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The actor shape of the C8 test: one actor subscribes a listener that records its events, the
 * other registers a node; the arbiter says how the registration reached the listener. The variants
 * differ only in the registry.
 */
abstract class SubscribeRacingRegistration {

    static final String NODE = "node-a";

    private final PluginRegistry<String, NodePlugin> registry;
    private final NodePlugin plugin = new NodePlugin(NODE, 1);
    // Concurrent: a faulty registry may deliver on two threads at once.
    private final Queue<PluginEvent<String, NodePlugin>> events = new ConcurrentLinkedQueue<>();

    SubscribeRacingRegistration(PluginRegistry<String, NodePlugin> registry) {
        this.registry = registry;
    }

    final void subscribe() {
        registry.subscribe(events::add);
    }

    final void register() {
        registry.register(NODE, plugin);
    }

    /**
     * Returns "replayed" (one INITIAL event), "live" (one CURRENT event), "lost" (none) or
     * "repeated-N" (N events). Every event has been delivered when this runs: the registry
     * delivers on the subscribing or registering thread before that call returns.
     */
    final String delivery() {
        int count = 0;
        PluginEvent.Type type = null;
        for (PluginEvent<String, NodePlugin> e : events) {
            if (e.key().equals(NODE) && e.plugin().orElse(null) == plugin) {
                count++;
                type = e.type();
            } else {
                return "unexpected-" + e.type();
            }
        }
        if (count == 0) {
            return "lost";
        }
        if (count > 1) {
            return "repeated-" + count;
        }
        return type == PluginEvent.Type.INITIAL ? "replayed" : type == PluginEvent.Type.CURRENT ? "live" : "as-" + type;
    }
}
