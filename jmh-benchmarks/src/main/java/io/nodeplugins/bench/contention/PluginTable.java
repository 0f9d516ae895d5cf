package io.nodeplugins.bench.contention;

import io.nodeplugins.bench.NodePlugin;

/**
 * A node-to-plugin table as a driver author might build it, reduced to the two operations the
 * contention benchmark mixes: read a node's plugin and call it, and replace a node's plugin (a
 * rolling plugin update; the node is never empty). Every implementation is thread-safe for any
 * number of readers and one writer at a time, which is how {@link ContentionBenchmark} uses it.
 */
public interface PluginTable extends AutoCloseable {

    /**
     * Reads the plugin of a node that is present and returns the result of its call.
     *
     * @param node a node name that has a plugin
     * @return the plugin call's result
     */
    int callPlugin(String node);

    /**
     * Replaces the plugin of node {@code node} with {@code plugin}; readers see either the old or
     * the new one, never none.
     *
     * @param node   a node name that has a plugin
     * @param plugin the new plugin
     */
    void replace(String node, NodePlugin plugin);

    /** Releases what the table holds (the registry's is closed); other tables do nothing. */
    @Override
    default void close() {
    }
}
