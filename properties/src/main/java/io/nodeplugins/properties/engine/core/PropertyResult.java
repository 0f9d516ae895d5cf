package io.nodeplugins.properties.engine.core;

import java.util.Objects;

/**
 * The result of checking a {@link Property}, in both engines: how many tries ran, the seeds, and for
 * a failure the original and the shrunk scenario with a readable report (what failed, the minimal
 * scenario, the seed and the replay command). Immutable.
 *
 * @param <S> the scenario type
 */
public final class PropertyResult<S> {

    private final Property<S> property;
    private final int tries;
    private final int maxTries;
    private final long firstSeed;
    private final long failingSeed;
    private final S original;
    private final Failure originalFailure;
    private final Shrunk<S> shrunk;

    private PropertyResult(Property<S> property, int tries, int maxTries, long firstSeed, long failingSeed, S original,
                           Failure originalFailure, Shrunk<S> shrunk) {
        this.property = Objects.requireNonNull(property, "property");
        this.tries = tries;
        this.maxTries = maxTries;
        this.firstSeed = firstSeed;
        this.failingSeed = failingSeed;
        this.original = original;
        this.originalFailure = originalFailure;
        this.shrunk = shrunk;
    }

    static <S> PropertyResult<S> passed(Property<S> property, int tries, long firstSeed) {
        return new PropertyResult<>(property, tries, tries, firstSeed, 0, null, null, null);
    }

    static <S> PropertyResult<S> failed(Property<S> property, int tries, int maxTries, long firstSeed, long failingSeed,
                                        S original, Failure originalFailure, Shrunk<S> shrunk) {
        return new PropertyResult<>(property, tries, maxTries, firstSeed, failingSeed, original,
                Objects.requireNonNull(originalFailure), Objects.requireNonNull(shrunk));
    }

    /**
     * Returns whether every try passed.
     *
     * @return true if no scenario failed
     */
    public boolean passed() {
        return shrunk == null;
    }

    /**
     * Returns the property.
     *
     * @return the property
     */
    public Property<S> property() {
        return property;
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
     * Returns the scenario that failed first, before shrinking.
     *
     * @return the scenario
     * @throws IllegalStateException if the property passed
     */
    public S original() {
        requireFailed();
        return original;
    }

    /**
     * Returns the shrunk failing scenario.
     *
     * @return the minimal scenario
     * @throws IllegalStateException if the property passed
     */
    public S minimal() {
        requireFailed();
        return shrunk.scenario();
    }

    /**
     * Returns why the minimal scenario fails.
     *
     * @return the failure
     * @throws IllegalStateException if the property passed
     */
    public Failure failure() {
        requireFailed();
        return shrunk.failure();
    }

    /**
     * Returns the size of the minimal scenario, in the renderer's unit.
     *
     * @return the number of steps or commands
     * @throws IllegalStateException if the property passed
     */
    public int minimalSize() {
        requireFailed();
        return property.renderer().size(shrunk.scenario());
    }

    /**
     * Returns the replay command of the failing seed.
     *
     * @return the command
     * @throws IllegalStateException if the property passed
     */
    public String replayCommand() {
        requireFailed();
        return property.replay().forSeed(failingSeed);
    }

    /**
     * Returns the first line of the report.
     *
     * @return for a pass, the whole report; for a failure, what failed, on which try, with its seed
     */
    public String headline() {
        if (passed()) {
            return report();
        }
        return "Property '" + property.name() + "' failed against " + property.subject() + " on try " + tries + " of "
                + maxTries + " (seed " + failingSeed + "): " + originalFailure.signature();
    }

    /**
     * Returns the report: what failed, the minimal scenario with the failure, the seed and the replay
     * command.
     *
     * @return the report
     */
    public String report() {
        Property.Renderer<S> renderer = property.renderer();
        if (passed()) {
            return "Property '" + property.name() + "' passed " + tries + " " + renderer.tries() + " against "
                    + property.subject() + " (first seed " + firstSeed + ").";
        }
        return headline() + ".\n"
                + "Minimal failing scenario: " + renderer.size(shrunk.scenario()) + " of " + renderer.size(original) + " "
                + renderer.unit() + ", " + shrunk.how() + ":\n"
                + renderer.render(shrunk.scenario(), shrunk.failure())
                + "Seed: " + failingSeed + " (first seed of this run " + firstSeed + ")" + renderer.seedNote() + "\n"
                + "Replay: " + replayCommand();
    }

    /**
     * Throws if the property failed.
     *
     * @throws PropertyFailure with the {@link #report()} as message
     */
    public void assertPassed() {
        if (!passed()) {
            throw new PropertyFailure(this);
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
