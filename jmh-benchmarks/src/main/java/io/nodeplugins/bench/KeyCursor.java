package io.nodeplugins.bench;

import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A per-thread position in a key array (Caffeine style): each benchmark thread walks the shared,
 * pre-filled array from its own random start, so threads do not read the same key in lock step and
 * the only cost of picking a key is an increment, a mask and an array load. One instance per thread
 * (JMH {@link Scope#Thread}); not thread-safe, and it need not be.
 */
@State(Scope.Thread)
public class KeyCursor {

    private int index = ThreadLocalRandom.current().nextInt();

    /** Creates a cursor at a random start; JMH calls this once per benchmark thread. */
    public KeyCursor() {
    }

    /**
     * Returns the next key.
     *
     * @param keys a key array whose length is a power of two (see {@link NodeKeys#KEY_COUNT})
     * @return the key at the cursor, which then moves on
     */
    public String next(String[] keys) {
        return keys[index++ & (keys.length - 1)];
    }

    /**
     * Returns the next position in {@code [0, bound)}, for the write paths that index parallel
     * arrays (a division is noise next to a write).
     *
     * @param bound the number of positions; positive
     * @return the position at the cursor, which then moves on
     */
    public int nextIndex(int bound) {
        return Integer.remainderUnsigned(index++, bound);
    }
}
