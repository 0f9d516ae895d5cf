package io.nodeplugins.bench;

import java.util.SplittableRandom;

/**
 * Node names and the pre-filled key arrays the benchmarks read from (Caffeine style): a benchmark
 * takes its next key from a fixed array through a per-thread {@link KeyCursor}, so the cost of
 * choosing a key is one array load and does not blur what is measured. Stateless and thread-safe.
 */
public final class NodeKeys {

    /** The length of every key array: a power of two, so a cursor wraps with a mask. */
    public static final int KEY_COUNT = 1 << 16;

    private static final long SEED = 0x6e6f6465L; // fixed, so every variant reads the same keys

    private NodeKeys() {
    }

    /**
     * Returns {@code count} distinct, valid node names ({@code worker-00000}, ...).
     *
     * @param count how many
     * @return the names, in order
     */
    public static String[] registered(int count) {
        return names("worker-", count);
    }

    /**
     * Returns {@code count} distinct, valid node names that {@link #registered} never returns, for
     * the miss path.
     *
     * @param count how many
     * @return the names, in order
     */
    public static String[] absent(int count) {
        return names("absent-", count);
    }

    /**
     * Returns a key array of {@link #KEY_COUNT} keys drawn uniformly, with a fixed seed, from
     * {@code population}. The elements are the population's own instances, as a driver that keeps
     * its node names would pass them; every compared variant reads the same array.
     *
     * @param population the keys to draw from; not empty
     * @return the key array
     */
    public static String[] sample(String[] population) {
        if (population.length == 0) {
            throw new IllegalArgumentException("cannot sample keys from an empty population");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        String[] keys = new String[KEY_COUNT];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = population[random.nextInt(population.length)];
        }
        return keys;
    }

    /**
     * Returns one plugin per name, plugin {@code i} with id {@code i}.
     *
     * @param count how many
     * @return the plugins
     */
    public static NodePlugin[] plugins(int count) {
        NodePlugin[] plugins = new NodePlugin[count];
        for (int i = 0; i < count; i++) {
            plugins[i] = new NodePlugin(i);
        }
        return plugins;
    }

    private static String[] names(String prefix, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("node count must be positive: " + count);
        }
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = String.format("%s%05d", prefix, i);
        }
        return names;
    }
}
