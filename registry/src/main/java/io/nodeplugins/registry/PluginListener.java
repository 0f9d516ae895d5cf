package io.nodeplugins.registry;

/**
 * Receives the changes of a registry's current plugins (C8). Calls for one listener never overlap;
 * see {@link PluginRegistry#subscribe} for the ordering guarantee.
 *
 * @param <K> the key type
 * @param <P> the plugin type
 */
@FunctionalInterface
public interface PluginListener<K, P> {

    /**
     * Called once per event. May call the registry. Exceptions are logged and otherwise ignored.
     *
     * @param event the event; never null
     */
    void onEvent(PluginEvent<K, P> event);
}
