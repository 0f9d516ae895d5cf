package io.nodeplugins.properties.shapes;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A node-plugin registry as a driver author typically writes one, correctly: a
 * {@link ConcurrentHashMap} from node name to plugin, where a plugin that stops unregisters itself
 * with a conditional removal, so an old instance's late removal leaves its replacement alone.
 * Thread-safe.
 *
 * @param <P> the plugin type
 */
public final class ConcurrentMapRegistry<P> {

    private final ConcurrentMap<String, P> plugins = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public ConcurrentMapRegistry() {
    }

    /**
     * Registers the plugin of a node, replacing the current one.
     *
     * @param node   the node name
     * @param plugin its plugin
     */
    public void register(String node, P plugin) {
        plugins.put(node, plugin);
    }

    /**
     * Unregisters a plugin: only if it is still the node's current one.
     *
     * @param node   the node name
     * @param plugin the plugin that registered itself
     */
    public void unregister(String node, P plugin) {
        plugins.remove(node, plugin);
    }

    /**
     * Returns the plugin of a node.
     *
     * @param node the node name
     * @return the plugin, or null if none is registered
     */
    public P get(String node) {
        return plugins.get(node);
    }
}
