package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Violates <b>C2 newest wins</b> in map form (replace semantics), and only C2: registration is
 * {@code putIfAbsent}, so a restarted plugin's new instance never replaces the old one, and lookups
 * keep returning the instance that is shutting down until it unregisters. Removal is conditional
 * ({@code remove(node, plugin)}), so the old instance's removal leaves the key empty rather than
 * deleting anything newer. Visible sequentially. Thread-safe.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C2)
public final class PutIfAbsentMapRegistry<P> {

    private final ConcurrentMap<String, P> plugins = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public PutIfAbsentMapRegistry() {
    }

    /**
     * Registers the plugin of a node unless one is registered.
     *
     * @param node   the node name
     * @param plugin its plugin
     */
    public void register(String node, P plugin) {
        plugins.putIfAbsent(node, plugin); // BUG (C2): the newer registration does not replace the older
    }

    /**
     * Unregisters a plugin if it is the node's current one.
     *
     * @param node   the node name
     * @param plugin the plugin
     */
    public void unregister(String node, P plugin) {
        plugins.remove(node, plugin);
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

    /** The map shape of {@link PutIfAbsentMapRegistry}: put, conditional removal, get with null on a miss. */
    public static final class Declaration extends NamedDeclaration {
        /** Declares the registry. */
        public Declaration() {
            super(Shape.map(PutIfAbsentMapRegistry<Object>::new)
                    .put(PutIfAbsentMapRegistry::register)
                    .removeIfSame(PutIfAbsentMapRegistry::unregister)
                    .get(PutIfAbsentMapRegistry::get)
                    .declare("PutIfAbsentMapRegistry"));
        }
    }
}
