package io.nodeplugins.jcstress.c7;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.registry.PluginRegistry;

import java.util.Map;

/**
 * The actor shape of the C7 test: the registry already holds a few other nodes; one actor registers
 * two more, one after the other, while the other takes a snapshot and says which of the two it
 * holds. The variants differ only in the registry.
 */
abstract class SnapshotRacingOrderedRegistrations {

    /*
     * The other nodes make a snapshot take a while, as it does in a real cluster. The names are
     * chosen so that a copy in hash order (HashMap or ConcurrentHashMap with 16 buckets) visits
     * node-a's bucket first, the other nodes' next and node-z's last: a copy that does not exclude
     * writers can pass node-a before it is registered and reach node-z after it is.
     */
    static final String FIRST = "node-a";
    static final String SECOND = "node-z";
    private static final String[] OTHERS = {"node-c", "node-e", "node-g"};

    private final PluginRegistry<String, NodePlugin> registry;
    private final NodePlugin first = new NodePlugin(FIRST, 1);
    private final NodePlugin second = new NodePlugin(SECOND, 1);

    SnapshotRacingOrderedRegistrations(PluginRegistry<String, NodePlugin> registry) {
        this.registry = registry;
        for (String other : OTHERS) {
            registry.register(other, new NodePlugin(other, 1));
        }
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
        int expectedSize = OTHERS.length + (hasFirst ? 1 : 0) + (hasSecond ? 1 : 0);
        if (snapshot.size() != expectedSize) {
            return "wrong-size-" + snapshot.size();
        }
        return hasFirst ? (hasSecond ? "both" : "first-only") : (hasSecond ? "second-only" : "none");
    }
}
