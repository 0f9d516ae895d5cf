package io.nodeplugins.properties.suite;

import java.util.SplittableRandom;

/**
 * One part of a run split over several machines ({@code --shard K/N}): the same command with
 * {@code K} = 1..N on N machines does the work of one run, split deterministically. Each property
 * runs in every shard with its share of the tries, scenarios and Lincheck iterations and seeds of
 * its own; each clause unit test and each jcstress test runs in exactly one shard (by a stable hash
 * of its name, or by its index in the sorted list); soak rounds are numbered K, K+N, K+2N, ...
 * Immutable.
 *
 * @param index the part, 1..count
 * @param count the number of parts, at least 1
 */
public record Shard(int index, int count) {

    /** The whole run: one part of one. */
    public static final Shard WHOLE = new Shard(1, 1);

    /**
     * Checks the numbers.
     *
     * @param index the part
     * @param count the number of parts
     * @throws IllegalArgumentException unless 1 &lt;= index &lt;= count
     */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard " + index + "/" + count + " is not a part of a run: write K/N"
                    + " with 1 <= K <= N, for example 2/4");
        }
    }

    /**
     * Parses {@code K/N}.
     *
     * @param text for example {@code 2/4}
     * @return the shard
     * @throws IllegalArgumentException saying how to write it
     */
    public static Shard parse(String text) {
        String t = text.trim();
        if (!t.matches("\\d{1,4}/\\d{1,4}")) {
            throw new IllegalArgumentException("--shard '" + text + "' is not K/N: write for example 2/4 (the second"
                    + " of four parts)");
        }
        int slash = t.indexOf('/');
        return new Shard(Integer.parseInt(t.substring(0, slash)), Integer.parseInt(t.substring(slash + 1)));
    }

    /**
     * Returns whether this is the whole run.
     *
     * @return true for 1/1
     */
    public boolean isWhole() {
        return count == 1;
    }

    /**
     * Returns whether the check of this name runs in this shard: each name in exactly one shard.
     *
     * @param name the check's stable name
     * @return true if it is this shard's
     */
    public boolean owns(String name) {
        return Math.floorMod(name.hashCode(), count) == index - 1;
    }

    /**
     * Returns whether the {@code i}-th (0-based) of a sorted list runs in this shard.
     *
     * @param i the position
     * @return true if it is this shard's
     */
    public boolean ownsPosition(int i) {
        return i % count == index - 1;
    }

    /**
     * Returns this shard's share of {@code total} units of work: the shares of all shards add up to
     * {@code total} (the first ones take the remainder), and each is at least 1.
     *
     * @param total the units of the whole run
     * @return this shard's units
     */
    public int share(int total) {
        return Math.max(1, total / count + (index <= total % count ? 1 : 0));
    }

    /**
     * Returns this shard's seed for a run whose seed is fixed: the seed itself for the whole run,
     * else one drawn from it and the shard's index, so that shards try different scenarios.
     *
     * @param seed the run's seed
     * @return this shard's seed
     */
    public long seed(long seed) {
        return isWhole() ? seed : new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * index)).nextLong();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
