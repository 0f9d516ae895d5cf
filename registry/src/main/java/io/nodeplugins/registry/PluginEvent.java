package io.nodeplugins.registry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of the current plugin of a key, or one entry of the state replayed to a new
 * subscriber. Immutable and thread-safe. Applying every event a listener receives, in order, to an
 * empty map ({@link #applyTo}) rebuilds the registry's {@link PluginRegistry#snapshot() snapshot}.
 *
 * @param <K> the key type
 * @param <P> the plugin type
 */
public final class PluginEvent<K, P> {

    /** What an event says about its key. */
    public enum Type {
        /** Replay of the state at subscription time: the key's current plugin is {@link #plugin()}. */
        INITIAL,
        /** The key's current plugin changed to {@link #plugin()} (a registration, or a close that revealed an older one). */
        CURRENT,
        /** The key has no plugin any more. */
        REMOVED
    }

    private final Type type;
    private final K key;
    private final P plugin;

    private PluginEvent(Type type, K key, P plugin) {
        this.type = type;
        this.key = key;
        this.plugin = plugin;
    }

    /**
     * Returns a replay event.
     *
     * @param key    the key
     * @param plugin its current plugin
     * @param <K>    the key type
     * @param <P>    the plugin type
     * @return the event
     */
    public static <K, P> PluginEvent<K, P> initial(K key, P plugin) {
        return new PluginEvent<>(Type.INITIAL, Objects.requireNonNull(key, "key"), Objects.requireNonNull(plugin, "plugin"));
    }

    /**
     * Returns a change event.
     *
     * @param key    the key
     * @param plugin its new current plugin
     * @param <K>    the key type
     * @param <P>    the plugin type
     * @return the event
     */
    public static <K, P> PluginEvent<K, P> current(K key, P plugin) {
        return new PluginEvent<>(Type.CURRENT, Objects.requireNonNull(key, "key"), Objects.requireNonNull(plugin, "plugin"));
    }

    /**
     * Returns a removal event.
     *
     * @param key the key that has no plugin any more
     * @param <K> the key type
     * @param <P> the plugin type
     * @return the event
     */
    public static <K, P> PluginEvent<K, P> removed(K key) {
        return new PluginEvent<>(Type.REMOVED, Objects.requireNonNull(key, "key"), null);
    }

    /**
     * Returns the event type.
     *
     * @return the type
     */
    public Type type() {
        return type;
    }

    /**
     * Returns the key.
     *
     * @return the key
     */
    public K key() {
        return key;
    }

    /**
     * Returns the key's current plugin after this event; empty for {@link Type#REMOVED}.
     *
     * @return the plugin, if any
     */
    public Optional<P> plugin() {
        return Optional.ofNullable(plugin);
    }

    /**
     * Applies this event to a map of the state, as a listener that mirrors the registry would.
     *
     * @param state the mirrored state; modified in place
     */
    public void applyTo(Map<K, P> state) {
        if (plugin == null) {
            state.remove(key);
        } else {
            state.put(key, plugin);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PluginEvent)) {
            return false;
        }
        PluginEvent<?, ?> e = (PluginEvent<?, ?>) o;
        return type == e.type && key.equals(e.key) && Objects.equals(plugin, e.plugin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, key, plugin);
    }

    @Override
    public String toString() {
        return plugin == null ? type + " " + key : type + " " + key + " -> " + plugin;
    }
}
