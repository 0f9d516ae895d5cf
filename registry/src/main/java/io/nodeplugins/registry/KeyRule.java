package io.nodeplugins.registry;

/**
 * Decides whether a non-null key is well-formed (C10). A registry applies its rule before any
 * write and on the miss path of every read, so a malformed key is loud and never stored.
 * Implementations must be stateless and thread-safe.
 *
 * @param <K> the key type
 */
@FunctionalInterface
public interface KeyRule<K> {

    /**
     * Checks a key.
     *
     * @param key the key; never null
     * @throws IllegalArgumentException if the key is malformed, with a message that says why and
     *                                  what to do
     */
    void check(K key);

    /**
     * Returns the rule that accepts every non-null key.
     *
     * @param <K> the key type
     * @return the rule
     */
    static <K> KeyRule<K> anyKey() {
        return key -> { };
    }
}
