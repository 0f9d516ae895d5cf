package io.nodeplugins.jcstress.c8;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.PluginRegistry;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The state shape of the C8 tests of a race with {@code close()}: a registry of the implementation
 * under test, node-a's plugin, a listener that records its events, and what the call racing close
 * did. One actor makes the call ({@link #race}), the other closes ({@link #close}); the arbiter reads
 * {@link #call} and {@link #received}.
 */
abstract class RaceWithClose {

    final PluginRegistry<String, NodePlugin> registry = ImplementationUnderTest.newRegistry();
    final NodePlugin plugin = new NodePlugin("node-a", 1);
    // Concurrent: the event may be delivered by the racing actor or by whichever thread drains.
    final Queue<PluginEvent<String, NodePlugin>> events = new ConcurrentLinkedQueue<>();
    private volatile String call = "not-run";

    /**
     * Makes the call that races close: records {@code done} if it returned, "refused" if it threw
     * {@link IllegalStateException} (the registry was closed first).
     */
    final void race(Consumer<PluginRegistry<String, NodePlugin>> action, String done) {
        try {
            action.accept(registry);
            call = done;
        } catch (IllegalStateException e) {
            call = "refused";
        }
    }

    final void close() {
        registry.close();
    }

    /** What the racing call did. */
    final String call() {
        return call;
    }

    /**
     * What the listener received once both actors have returned (whichever thread delivered it):
     * {@code word} for exactly one event of {@code type} carrying the plugin, "nothing", or the events.
     */
    final String received(PluginEvent.Type type, String word) {
        PluginEvent<String, NodePlugin> only = events.size() == 1 ? events.peek() : null;
        return events.isEmpty() ? "nothing" : only != null && only.type() == type
                && only.plugin().orElse(null) == plugin ? word : "events " + events;
    }
}
