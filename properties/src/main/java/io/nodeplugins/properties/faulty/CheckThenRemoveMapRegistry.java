package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Violates <b>C3 handle-scoped removal</b> in map form (replace semantics), and only C3: the
 * author knew that an old plugin instance must not unregister its replacement (kubelet's device
 * manager deletes a resource's endpoint only if it is still the one stopping,
 * {@code if old == e { delete(endpoints, name) }}, kubernetes issues 121994 and 127803) but wrote
 * the check and the removal as two steps on a {@link ConcurrentHashMap}, {@code get} then
 * {@code remove(node)}, instead of the atomic {@code remove(node, plugin)}. A replacement that
 * registers between the two steps is removed. Sequentially correct; only a close racing with a
 * registration of the same node shows it. Thread-safe map, wrong compound action.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C3)
public final class CheckThenRemoveMapRegistry<P> {

    private final ConcurrentMap<String, P> plugins = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public CheckThenRemoveMapRegistry() {
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
     * Unregisters a plugin if it is the node's current one, in two steps.
     *
     * @param node   the node name
     * @param plugin the plugin that registered itself
     */
    public void unregister(String node, P plugin) {
        if (plugins.get(node) == plugin) {
            Thread.yield(); // BUG (C3): a replacement registered here is removed below
            plugins.remove(node);
        }
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

    /** The map shape of {@link CheckThenRemoveMapRegistry}: put, removal if same (in two steps), get. */
    public static final class Declaration extends NamedDeclaration {
        /** Declares the registry. */
        public Declaration() {
            super(Shape.map(CheckThenRemoveMapRegistry<Object>::new)
                    .put(CheckThenRemoveMapRegistry::register)
                    .removeIfSame(CheckThenRemoveMapRegistry::unregister)
                    .get(CheckThenRemoveMapRegistry::get)
                    .declare("CheckThenRemoveMapRegistry"));
        }
    }
}
