package io.nodeplugins.properties.engine.core;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A property of both engines: every scenario the generator draws must pass the trial. A scenario is
 * a value of any type (a sequence of registry commands, a parallel scenario of a prefix and
 * concurrent suffixes, a sequence of cluster events); the property also says how to shrink a failing
 * one and how to print it. {@link PropertyRunner} checks it. Immutable.
 *
 * @param name      what the property says, for example "registrations stack and close by handle"
 * @param subject   what is tested, for example the registry factory
 * @param generator draws a scenario
 * @param trial     runs and judges a scenario
 * @param shrinker  shrinks a failing scenario
 * @param renderer  prints scenarios and failures
 * @param replay    how to replay a failing seed
 * @param <S>       the scenario type
 */
public record Property<S>(String name, String subject, Generator<S> generator, Trial<S> trial, SequenceShrinker<S> shrinker,
                          Renderer<S> renderer, Replay replay) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if one is null
     */
    public Property {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(shrinker, "shrinker");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(replay, "replay");
    }

    /**
     * Draws a scenario.
     *
     * @param <S> the scenario type
     */
    @FunctionalInterface
    public interface Generator<S> {
        /**
         * Draws a scenario from {@code random} alone, so that the seed reproduces it.
         *
         * @param random the seeded source
         * @return the scenario
         */
        S draw(SplittableRandom random);
    }

    /**
     * Runs a scenario (once, or many times for a race) and judges it. A failing scenario must fail
     * again often enough that shrinking can rerun it.
     *
     * @param <S> the scenario type
     */
    @FunctionalInterface
    public interface Trial<S> {
        /**
         * Runs and judges {@code scenario}.
         *
         * @param scenario the scenario
         * @return null if it passed, else why it failed
         */
        Failure run(S scenario);
    }

    /**
     * Shrinks a failing scenario to a small one that fails with the same signature.
     *
     * @param <S> the scenario type
     */
    @FunctionalInterface
    public interface SequenceShrinker<S> {
        /**
         * Shrinks {@code failing}.
         *
         * @param failing the scenario
         * @param failure how it failed
         * @return the smallest failing scenario found
         */
        Shrunk<S> shrink(S failing, Failure failure);
    }

    /**
     * Prints scenarios for the report.
     *
     * @param <S> the scenario type
     */
    public interface Renderer<S> {
        /**
         * Returns the size of a scenario.
         *
         * @param scenario the scenario
         * @return its number of steps or commands
         */
        int size(S scenario);

        /**
         * Returns what {@link #size} counts, plural: "steps", "commands".
         *
         * @return the unit
         */
        String unit();

        /**
         * Prints a failing scenario with its failure, for example numbered steps with a mark at the
         * failing one, or the threads in columns with the checker's explanation.
         *
         * @param scenario the scenario
         * @param failure  how it failed
         * @return the lines, each ending with a newline
         */
        String render(S scenario, Failure failure);

        /**
         * Returns what one try is, plural, for a passing report: "sequences", "scenarios x 40 runs".
         *
         * @return the description
         */
        String tries();

        /**
         * Returns what the reader should know about replaying a seed, appended to the seed line.
         *
         * @return a note starting with "; ", or empty
         */
        default String seedNote() {
            return "";
        }
    }
}
