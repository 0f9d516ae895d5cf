package io.nodeplugins.bench.contention;

import io.nodeplugins.bench.NodePlugin;
import java.util.HashMap;
import java.util.Map;

/**
 * A copy-on-write map: readers read a volatile reference to a map that is never modified after it
 * is published; a write copies the whole map, changes the copy and publishes it. Reads are as cheap
 * as a {@code HashMap.get}, writes cost O(n). Thread-safe for any readers and one writer.
 */
final class CopyOnWriteTable implements PluginTable {

    private volatile Map<String, NodePlugin> map; // never modified after publication

    CopyOnWriteTable(String[] nodes, NodePlugin[] plugins) {
        Map<String, NodePlugin> initial = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            initial.put(nodes[i], plugins[i]);
        }
        map = initial;
    }

    @Override
    public int callPlugin(String node) {
        return map.get(node).call();
    }

    @Override
    public void replace(String node, NodePlugin plugin) {
        Map<String, NodePlugin> copy = new HashMap<>(map);
        copy.put(node, plugin);
        map = copy;
    }
}
