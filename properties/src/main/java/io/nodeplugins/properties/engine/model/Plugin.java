package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.features.Prioritized;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The plugin the properties register: a stand-in for a DRA kubelet plugin that serves one node.
 *
 * <p>Its fields are deliberately not {@code final} and are set in the constructor, so a registry
 * that publishes a plugin without a happens-before edge (C4) can expose a partly constructed
 * instance, which {@link #isFullyConstructed()} detects. Once constructed, a plugin is thread-safe:
 * {@link #updateStatus} may be called from any thread. Plugins of one family are {@code equals}
 * with a constant {@code hashCode}; every other plugin is equal only to itself.
 */
public final class Plugin implements Prioritized {

    private String id;
    private String node;
    private int priority;
    private String family;
    private List<String> claimStatuses;

    /**
     * Creates a plugin.
     *
     * @param id   the plugin's id, unique within one run (see {@link #idOf(int)})
     * @param node the node it serves
     */
    public Plugin(String id, String node) {
        this(id, node, 0);
    }

    /**
     * Creates a plugin with a priority (for registries of priority semantics).
     *
     * @param id       the plugin's id, unique within one run (see {@link #idOf(int)})
     * @param node     the node it serves
     * @param priority its priority
     */
    public Plugin(String id, String node, int priority) {
        this(id, node, priority, id);
    }

    /**
     * Creates a plugin that {@link #equals} every plugin of its family: distinct instances that are
     * equal, as records or value classes of a restarted plugin are, for registries that must tell
     * registrations apart by instance, not by {@code equals}.
     *
     * @param id       the plugin's id, unique within one run: it names this instance
     * @param node     the node it serves
     * @param priority its priority
     * @param family   the id of the plugin it is equal to (its own id for a plugin equal only to itself)
     */
    public Plugin(String id, String node, int priority, String family) {
        this.id = id;
        this.node = node;
        this.priority = priority;
        this.family = family;
        this.claimStatuses = new CopyOnWriteArrayList<>();
    }

    /**
     * Returns the id of the plugin that registration number {@code registration} registers; the
     * commands and the model agree on it, so outcomes can name plugins by id.
     *
     * @param registration the registration number
     * @return the plugin id, for example {@code "p3"}
     */
    public static String idOf(int registration) {
        return "p" + registration;
    }

    /**
     * Returns the id.
     *
     * @return the id; null only if the plugin was published before its constructor finished
     */
    public String id() {
        return id;
    }

    /**
     * Returns the node this plugin serves.
     *
     * @return the node name
     */
    public String node() {
        return node;
    }

    @Override
    public int priority() {
        return priority;
    }

    /**
     * Records a claim status update, as the DRA test driver's {@code UpdateStatus} does.
     * Thread-safe.
     *
     * @param claim the claim whose status is updated
     */
    public void updateStatus(String claim) {
        claimStatuses.add(claim);
    }

    /**
     * Returns the claims whose status this plugin updated, in order.
     *
     * @return an unmodifiable snapshot
     */
    public List<String> claimStatuses() {
        return List.copyOf(claimStatuses);
    }

    /**
     * Returns whether every field set by the constructor is visible (C4).
     *
     * @return false if this thread sees a partly constructed plugin
     */
    public boolean isFullyConstructed() {
        return id != null && node != null && claimStatuses != null;
    }

    /**
     * Equal to every plugin of the same family (see {@link #Plugin(String, String, int, String)}).
     * Outcomes name plugins by {@link #id()}, so the properties still compare instances.
     *
     * @param o the other object
     * @return whether it is a plugin of the same family
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Plugin p && java.util.Objects.equals(family, p.family);
    }

    /**
     * The same for every plugin, so that hash-based structures keyed by plugins work only through
     * {@code equals}.
     *
     * @return a constant
     */
    @Override
    public int hashCode() {
        return 31;
    }

    @Override
    public String toString() {
        return String.valueOf(id);
    }
}
