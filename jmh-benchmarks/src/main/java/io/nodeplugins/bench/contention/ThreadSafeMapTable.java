package io.nodeplugins.bench.contention;

import io.nodeplugins.bench.NodePlugin;
import java.util.Map;

/**
 * A map that is thread-safe on its own used directly: a {@code ConcurrentHashMap} (the baseline of
 * the 0.9x target) or {@code Collections.synchronizedMap(new HashMap<>())} (every read and write
 * takes the same monitor). Each benchmark fork uses one kind only, so the map call site stays
 * monomorphic and is inlined. Thread-safe as its map is.
 */
final class ThreadSafeMapTable implements PluginTable {

    private final Map<String, NodePlugin> map;

    ThreadSafeMapTable(Map<String, NodePlugin> map, String[] nodes, NodePlugin[] plugins) {
        this.map = map;
        for (int i = 0; i < nodes.length; i++) {
            map.put(nodes[i], plugins[i]);
        }
    }

    @Override
    public int callPlugin(String node) {
        return map.get(node).call();
    }

    @Override
    public void replace(String node, NodePlugin plugin) {
        map.put(node, plugin);
    }
}
