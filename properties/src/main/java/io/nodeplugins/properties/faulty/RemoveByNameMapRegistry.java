package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Violates <b>C3 handle-scoped removal</b> in map form (replace semantics), and only C3: a
 * {@link ConcurrentHashMap} from node name to plugin as a driver author often writes one, whose
 * {@link #unregister(String)} removes whatever is current for the node, so when a plugin restarts
 * and the old instance unregisters late, it deletes its own replacement. Visible sequentially.
 * Thread-safe, and wrong.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C3)
public final class RemoveByNameMapRegistry<P> {

    private final ConcurrentMap<String, P> plugins = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public RemoveByNameMapRegistry() {
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
     * Unregisters the node: removes whatever plugin is current, even one that replaced the caller.
     *
     * @param node the node name
     */
    public void unregister(String node) {
        plugins.remove(node); // BUG (C3): not remove(node, plugin)
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

    /** The map shape of {@link RemoveByNameMapRegistry}: put, remove by key, get with null on a miss. */
    public static final class Declaration extends NamedDeclaration {
        /** Declares the registry. */
        public Declaration() {
            super(Shape.map(RemoveByNameMapRegistry<Object>::new)
                    .put(RemoveByNameMapRegistry::register)
                    .removeByKey(RemoveByNameMapRegistry::unregister)
                    .get(RemoveByNameMapRegistry::get)
                    .declare("RemoveByNameMapRegistry"));
        }
    }
}
