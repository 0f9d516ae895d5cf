package io.nodeplugins.registry;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

/**
 * Thrown by {@link PluginRegistry#require} when no plugin is registered for a key, and by
 * {@link PluginRegistry#await} when the timeout passes first (C5, C6). The message names the key,
 * the registered keys (sorted by their string form, the first {@value #SHOWN_KEYS}, then
 * "and N more") and points to {@code await}, so a log line alone tells what was missing and what
 * was there. Immutable.
 */
public final class PluginNotRegisteredException extends NoSuchElementException {

    private static final long serialVersionUID = 1L;

    /** How many registered keys the message lists before "and N more". */
    public static final int SHOWN_KEYS = 16;

    private final transient Object key;
    private final int registeredCount;
    private final List<String> shownKeys;

    private PluginNotRegisteredException(String message, Object key, int registeredCount, List<String> shownKeys) {
        super(message);
        this.key = key;
        this.registeredCount = registeredCount;
        this.shownKeys = shownKeys;
    }

    /**
     * Creates the exception {@code require} throws.
     *
     * @param key        the missing key
     * @param registered the keys registered at the time of the lookup
     * @return the exception
     */
    public static PluginNotRegisteredException notRegistered(Object key, Collection<?> registered) {
        return create(key, registered, "no plugin is registered for key '" + key + "'",
                "; if the plugin may still be starting, wait for it with await(key, timeout) instead of require(key)");
    }

    /**
     * Creates the exception {@code await} throws when its timeout passes.
     *
     * @param key        the missing key
     * @param registered the keys registered when the timeout passed
     * @param timeout    the timeout that passed
     * @return the exception
     */
    public static PluginNotRegisteredException timedOut(Object key, Collection<?> registered, Duration timeout) {
        return create(key, registered, "no plugin was registered for key '" + key + "' within " + timeout,
                "; await(key, timeout) gave up: check that the plugin for this key is started, or wait longer");
    }

    private static PluginNotRegisteredException create(Object key, Collection<?> registered, String head, String hint) {
        // The SHOWN_KEYS smallest names in one pass, with a bounded max-heap: O(n log 16) and no copy
        // of all n names, since a miss in a registry of 65,536 nodes must not sort them all.
        PriorityQueue<String> smallest = new PriorityQueue<>(SHOWN_KEYS + 1, Comparator.<String>reverseOrder());
        int count = 0;
        for (Object k : registered) {
            count++;
            String name = String.valueOf(k);
            if (smallest.size() < SHOWN_KEYS) {
                smallest.add(name);
            } else if (name.compareTo(smallest.peek()) < 0) {
                smallest.poll();
                smallest.add(name);
            }
        }
        List<String> shown = smallest.stream().sorted().collect(Collectors.toUnmodifiableList());
        StringBuilder msg = new StringBuilder(head).append("; registered keys (").append(count).append("): [");
        msg.append(String.join(", ", shown)).append(']');
        if (count > SHOWN_KEYS) {
            msg.append(" and ").append(count - SHOWN_KEYS).append(" more");
        }
        msg.append(hint);
        return new PluginNotRegisteredException(msg.toString(), key, count, shown);
    }

    /**
     * Returns the key that had no plugin.
     *
     * @return the key
     */
    public Object key() {
        return key;
    }

    /**
     * Returns how many keys had a plugin when the exception was created.
     *
     * @return the number of registered keys
     */
    public int registeredCount() {
        return registeredCount;
    }

    /**
     * Returns the registered keys listed in the message: sorted, at most {@value #SHOWN_KEYS}.
     *
     * @return an immutable list
     */
    public List<String> shownKeys() {
        return shownKeys;
    }
}
