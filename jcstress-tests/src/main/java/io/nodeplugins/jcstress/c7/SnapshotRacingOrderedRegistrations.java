package io.nodeplugins.jcstress.c7;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.registry.PluginRegistry;

import java.util.Map;

/**
 * The actor shape of the C7 test: one actor registers two nodes, one after the other; the other
 * takes a snapshot and says which of the two it holds. The variants differ only in the registry.
 */
abstract class SnapshotRacingOrderedRegistrations {

    static final String FIRST = "node-a";
    static final String SECOND = "node-b";

    private final PluginRegistry<String, NodePlugin> registry;
    private final NodePlugin first = new NodePlugin(FIRST, 1);
    private final NodePlugin second = new NodePlugin(SECOND, 1);

    SnapshotRacingOrderedRegistrations(PluginRegistry<String, NodePlugin> registry) {
        this.registry = registry;
    }

    final void registerInOrder() {
        registry.register(FIRST, first);
        registry.register(SECOND, second);
    }

    /** Returns "none", "first-only", "both", "second-only", or what else the snapshot held. */
    final String snapshot() {
        Map<String, NodePlugin> snapshot;
        try {
            snapshot = registry.snapshot();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
        boolean hasFirst = snapshot.get(FIRST) == first;
        boolean hasSecond = snapshot.get(SECOND) == second;
        int expectedSize = (hasFirst ? 1 : 0) + (hasSecond ? 1 : 0);
        if (snapshot.size() != expectedSize) {
            return "wrong-size-" + snapshot.size();
        }
        return hasFirst ? (hasSecond ? "both" : "first-only") : (hasSecond ? "second-only" : "none");
    }
}
