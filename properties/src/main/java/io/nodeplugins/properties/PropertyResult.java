package io.nodeplugins.properties;

import java.util.List;

/**
 * The result of checking a {@link SequenceProperty}: how many tries ran, the seeds, and for a
 * failure the original and the shrunk sequence with a readable report. Immutable.
 *
 * @param <T> the step type
 */
public final class PropertyResult<T> {

    private final SequenceProperty<T> property;
    private final int tries;
    private final long firstSeed;
    private final long failingSeed;
    private final List<T> original;
    private final Shrinker.Shrunk<T> shrunk;

    private PropertyResult(SequenceProperty<T> property, int tries, long firstSeed, long failingSeed,
                           List<T> original, Shrinker.Shrunk<T> shrunk) {
        this.property = property;
        this.tries = tries;
        this.firstSeed = firstSeed;
        this.failingSeed = failingSeed;
        this.original = original;
        this.shrunk = shrunk;
    }

    static <T> PropertyResult<T> passed(SequenceProperty<T> property, int tries, long firstSeed) {
        return new PropertyResult<>(property, tries, firstSeed, 0, null, null);
    }

    static <T> PropertyResult<T> failed(SequenceProperty<T> property, int tries, long firstSeed, long failingSeed,
                                        List<T> original, Shrinker.Shrunk<T> shrunk) {
        return new PropertyResult<>(property, tries, firstSeed, failingSeed, List.copyOf(original), shrunk);
    }

    /**
     * Returns whether every try passed.
     *
     * @return true if no sequence failed
     */
    public boolean passed() {
        return shrunk == null;
    }

    /**
     * Returns the number of tries run (up to and including the failing one).
     *
     * @return the tries
     */
    public int tries() {
        return tries;
    }

    /**
     * Returns the seed of the first try.
     *
     * @return the seed
     */
    public long firstSeed() {
        return firstSeed;
    }

    /**
     * Returns the seed of the failing try; passing it as {@code -Dnodeplugins.seed} replays it.
     *
     * @return the seed
     * @throws IllegalStateException if the property passed
     */
    public long failingSeed() {
        requireFailed();
        return failingSeed;
    }

    /**
     * Returns the sequence that failed first, before shrinking.
     *
     * @return the sequence
     * @throws IllegalStateException if the property passed
     */
    public List<T> original() {
        requireFailed();
        return original;
    }

    /**
     * Returns the shrunk failing sequence.
     *
     * @return the minimal sequence
     * @throws IllegalStateException if the property passed
     */
    public List<T> minimal() {
        requireFailed();
        return shrunk.steps();
    }

    /**
     * Returns why the minimal sequence fails.
     *
     * @return the failure
     * @throws IllegalStateException if the property passed
     */
    public Failure failure() {
        requireFailed();
        return shrunk.failure();
    }

    /**
     * Returns whether the minimal sequence was verified 1-minimal: removing any one step makes it
     * pass.
     *
     * @return true if verified
     * @throws IllegalStateException if the property passed
     */
    public boolean oneMinimal() {
        requireFailed();
        return shrunk.oneMinimal();
    }

    /**
     * Returns the report: what failed, the minimal scenario as Java steps, the seed and the replay
     * command.
     *
     * @return the report
     */
    public String report() {
        if (passed()) {
            return "Property '" + property.name() + "' passed " + tries + " tries against " + property.subject()
                    + " (first seed " + firstSeed + ").";
        }
        StringBuilder r = new StringBuilder();
        r.append("Property '").append(property.name()).append("' failed against ").append(property.subject())
                .append(" on try ").append(tries).append(".\n");
        r.append("Minimal failing scenario: ").append(shrunk.steps().size()).append(" of ").append(original.size())
                .append(" steps").append(shrunk.oneMinimal() ? ", 1-minimal (removing any one step makes it pass)"
                        : ", not verified 1-minimal (shrinking budget spent)").append(", after ")
                .append(shrunk.runs()).append(" shrinking runs:\n");
        Failure failure = shrunk.failure();
        List<T> steps = shrunk.steps();
        for (int i = 0; i < steps.size(); i++) {
            r.append(String.format("  %2d  %s%n", i + 1, property.render(steps.get(i))));
            if (i == failure.step()) {
                r.append("      ^ ").append(failure.description().replace("\n", "\n        ")).append('\n');
            }
        }
        if (failure.step() < 0 || failure.step() >= steps.size()) {
            r.append("  ").append(failure.description()).append('\n');
        }
        r.append("Seed: ").append(failingSeed).append(" (first seed of this run ").append(firstSeed).append(")\n");
        r.append("Replay: ").append(property.replay().replace("{seed}", Long.toString(failingSeed)));
        return r.toString();
    }

    /**
     * Throws if the property failed.
     *
     * @throws AssertionError with the {@link #report()} as message
     */
    public void assertPassed() {
        if (!passed()) {
            throw new AssertionError(report());
        }
    }

    private void requireFailed() {
        if (passed()) {
            throw new IllegalStateException("property '" + property.name() + "' passed");
        }
    }

    @Override
    public String toString() {
        return report();
    }
}
