package io.nodeplugins.properties.features;

/**
 * A plugin with a priority, for registries of {@link Semantics#PRIORITY} semantics: the priority
 * adapter registers it with this priority. Plugins that do not implement it have priority 0.
 */
public interface Prioritized {

    /**
     * Returns the priority: the highest is current, ties go to the first registered.
     *
     * @return the priority
     */
    int priority();

    /**
     * Returns the priority of any plugin.
     *
     * @param plugin the plugin
     * @return its priority if it is {@link Prioritized}, else 0
     */
    static int of(Object plugin) {
        return plugin instanceof Prioritized p ? p.priority() : 0;
    }
}
