package io.nodeplugins.registry;

/**
 * The handle of one registration (C3). Closing it removes exactly this registration: never a newer
 * registration of the same key, never one of another key. Thread-safe.
 *
 * @param <K> the key type
 * @param <P> the plugin type
 */
public interface Registration<K, P> extends AutoCloseable {

    /**
     * Returns the key this registration is for.
     *
     * @return the key
     */
    K key();

    /**
     * Returns the registered plugin.
     *
     * @return the plugin
     */
    P plugin();

    /**
     * Returns whether this registration is still live (not yet closed). A live registration may be
     * hidden by a newer one of the same key (C2).
     *
     * @return true until {@link #close()} has taken effect
     */
    boolean isActive();

    /**
     * Removes this registration. If it was current, the next newest live registration of the key
     * becomes current, or the key becomes absent. Idempotent: later calls do nothing. Linearizable;
     * allowed after the registry is closed.
     */
    @Override
    void close();
}
