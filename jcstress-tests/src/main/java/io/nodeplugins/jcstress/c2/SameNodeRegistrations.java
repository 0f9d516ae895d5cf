package io.nodeplugins.jcstress.c2;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;

/**
 * The actor shape of the C2 test: two actors register two plugins for the same node (a rolling
 * update that starts the new plugin while the old one still runs); the arbiter then checks that
 * both registrations are live, that one of them is current, and that closing the current one
 * reveals the other. Under stacking semantics the one registered last is current, under priority
 * semantics (both plugins have the same priority) the one registered first: either way both stay
 * live. The variants differ only in the registry.
 */
abstract class SameNodeRegistrations {

    static final String NODE = "node-a";

    /** What {@link #size()} reports for a registry that does not offer {@code size()}. */
    static final int NO_SIZE = -1;

    private final PluginRegistry<String, NodePlugin> registry;
    private final boolean counts;
    private final NodePlugin first = new NodePlugin(NODE, 1);
    private final NodePlugin second = new NodePlugin(NODE, 2);
    private Registration<String, NodePlugin> firstHandle;
    private Registration<String, NodePlugin> secondHandle;

    SameNodeRegistrations(PluginRegistry<String, NodePlugin> registry, Features features) {
        this.registry = registry;
        this.counts = features.offers(Feature.SIZE);
    }

    final void registerFirst() {
        firstHandle = registry.register(NODE, first);
    }

    final void registerSecond() {
        secondHandle = registry.register(NODE, second);
    }

    /** Returns the live count, or {@link #NO_SIZE}. Run by the arbiter, after both actors. */
    final int size() {
        return counts ? registry.size() : NO_SIZE;
    }

    /** Returns which plugin is current: "first", "second" or "none". */
    final String current() {
        return nameOf(registry.lookup(NODE).orElse(null));
    }

    /**
     * Closes the current registration and says what that revealed: "reveals-other" when the other
     * plugin became current and closing it too emptied the node, otherwise what was seen instead.
     */
    final String closeCurrent() {
        NodePlugin current = registry.lookup(NODE).orElse(null);
        if (current == null) {
            return "nothing-to-close";
        }
        NodePlugin other = current == first ? second : first;
        (current == first ? firstHandle : secondHandle).close();
        NodePlugin revealed = registry.lookup(NODE).orElse(null);
        if (revealed != other) {
            return revealed == null ? "empty" : "still-" + nameOf(revealed);
        }
        (other == first ? firstHandle : secondHandle).close();
        return registry.lookup(NODE).isEmpty() && (!counts || registry.size() == 0) ? "reveals-other"
                : "reveals-other-then-not-empty";
    }

    private String nameOf(NodePlugin plugin) {
        return plugin == first ? "first" : plugin == second ? "second" : plugin == null ? "none" : "unknown";
    }
}
