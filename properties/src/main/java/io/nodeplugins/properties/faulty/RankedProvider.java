package io.nodeplugins.properties.faulty;

/**
 * A provider as priority-provider registries (gRPC's {@code LoadBalancerRegistry}) hold them: the
 * name it provides for, a priority, and the plugin it provides. Equal only to itself, as gRPC's
 * providers are, so that two registrations of the same plugin stay two. Immutable.
 */
public final class RankedProvider {

    private final String name;
    private final Object plugin;
    private final int priority;

    /**
     * Creates a provider.
     *
     * @param name     the name (key) it provides for
     * @param plugin   what it provides
     * @param priority its priority: higher wins
     */
    public RankedProvider(String name, Object plugin, int priority) {
        this.name = name;
        this.plugin = plugin;
        this.priority = priority;
    }

    /**
     * Returns the name it provides for.
     *
     * @return the key
     */
    public String name() {
        return name;
    }

    /**
     * Returns what it provides.
     *
     * @return the plugin
     */
    public Object plugin() {
        return plugin;
    }

    /**
     * Returns its priority.
     *
     * @return the priority; higher wins
     */
    public int priority() {
        return priority;
    }

    @Override
    public String toString() {
        return name + ":" + plugin + "@" + priority;
    }
}
