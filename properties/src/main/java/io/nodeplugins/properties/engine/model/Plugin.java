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
 * {@link #updateStatus} may be called from any thread.
 */
public final class Plugin implements Prioritized {

    private String id;
    private String node;
    private int priority;
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
        this.id = id;
        this.node = node;
        this.priority = priority;
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

    @Override
    public String toString() {
        return String.valueOf(id);
    }
}
