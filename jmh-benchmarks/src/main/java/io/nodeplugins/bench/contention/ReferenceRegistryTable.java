package io.nodeplugins.bench.contention;

import io.nodeplugins.bench.NodePlugin;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;
import java.util.HashMap;
import java.util.Map;

/**
 * The registry under test (the reference one unless {@code -Dnodeplugins.factory} names another)
 * as a {@link PluginTable}: reads are the guarded {@code lookup(k).orElseThrow().call()}, a
 * replacement registers the new plugin and then closes the old registration (C2: closing the
 * older one changes nothing visible), so the node is never empty. Thread-safe for any readers and
 * one writer.
 */
final class ReferenceRegistryTable implements PluginTable {

    private final PluginRegistry<String, NodePlugin> registry = NodeRegistryFactory.fromSystemProperty().create();
    // Touched only by the one writer thread (and by set-up before it), so a plain map.
    private final Map<String, Registration<String, NodePlugin>> handles = new HashMap<>();

    ReferenceRegistryTable(String[] nodes, NodePlugin[] plugins) {
        for (int i = 0; i < nodes.length; i++) {
            handles.put(nodes[i], registry.register(nodes[i], plugins[i]));
        }
    }

    @Override
    public int callPlugin(String node) {
        return registry.lookup(node).orElseThrow().call();
    }

    @Override
    public void replace(String node, NodePlugin plugin) {
        Registration<String, NodePlugin> old = handles.put(node, registry.register(node, plugin));
        old.close();
    }

    @Override
    public void close() {
        registry.close();
    }
}
