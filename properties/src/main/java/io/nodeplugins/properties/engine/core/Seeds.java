package io.nodeplugins.properties.engine.core;

import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * The seeds of one property check: the first is the configured one (or a fresh one), every later
 * one is drawn from it, so a failure's seed passed as {@code -Dnodeplugins.seed} makes that try the
 * first again. Not thread-safe; one instance per check.
 */
public final class Seeds {

    private final long first;
    private final SplittableRandom next;
    private long current;

    /**
     * Starts the seeds of a check.
     *
     * @param configured the fixed first seed, if any; otherwise a fresh random one
     */
    public Seeds(OptionalLong configured) {
        this.first = configured.orElseGet(() -> new SplittableRandom().nextLong());
        this.next = new SplittableRandom(first);
        this.current = first;
    }

    /**
     * Returns the first seed of the check.
     *
     * @return the seed
     */
    public long first() {
        return first;
    }

    /**
     * Returns the seed of the current try.
     *
     * @return the seed
     */
    public long current() {
        return current;
    }

    /**
     * Returns a random source for the current try: the same seed gives the same scenario.
     *
     * @return a new source seeded with {@link #current()}
     */
    public SplittableRandom random() {
        return new SplittableRandom(current);
    }

    /** Moves to the next try's seed. */
    public void advance() {
        current = next.nextLong();
    }
}
