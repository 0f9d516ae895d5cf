package io.nodeplugins.properties.engine.sequential;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.Property;
import io.nodeplugins.properties.engine.core.Replay;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.engine.reporting.StepsRenderer;
import io.nodeplugins.properties.engine.shrinking.SequenceShrinker;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Builds a {@link Property} over generated sequences of steps: every sequence the generator draws
 * must pass the check. Steps are values of any type (registry commands, cluster events); the
 * builder also takes how to print a step as Java and how to simplify one, for readable minimal
 * scenarios, and shrinks failures with a {@link SequenceShrinker}. Stateless.
 */
public final class SequenceProperty {

    private SequenceProperty() {
    }

    /**
     * Draws a sequence.
     *
     * @param <T> the step type
     */
    @FunctionalInterface
    public interface Generator<T> {
        /**
         * Draws a sequence from {@code random} alone, so that the seed reproduces it.
         *
         * @param random   the seeded source
         * @param maxSteps the longest sequence to draw
         * @return the sequence
         */
        List<T> generate(SplittableRandom random, int maxSteps);
    }

    /**
     * Starts a property.
     *
     * @param name what the property says, for example {@code "C5 require never returns null"}
     * @param <T>  the step type
     * @return a builder
     */
    public static <T> Builder<T> builder(String name) {
        return new Builder<>(name);
    }

    /**
     * Collects the parts of a sequence property. Not thread-safe.
     *
     * @param <T> the step type
     */
    public static final class Builder<T> {
        private final String name;
        private String subject = "";
        private Generator<T> generator;
        private int maxSteps = Effort.CI.steps();
        private Property.Trial<List<T>> check;
        private Function<T, String> render = String::valueOf;
        private Function<T, List<T>> stepSimplifier = step -> List.of();
        private Function<List<T>, List<List<T>>> sequenceSimplifier = steps -> List.of();
        private Replay replay = new Replay("-D" + Settings.SEED + "=" + Replay.SEED_PLACEHOLDER);

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets what is tested.
         *
         * @param value for example the registry factory's name
         * @return this builder
         */
        public Builder<T> subject(String value) {
            this.subject = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets the generator (required) and the longest sequence it draws.
         *
         * @param value    the generator
         * @param longest  the longest sequence; at least 1
         * @return this builder
         */
        public Builder<T> generator(Generator<T> value, int longest) {
            if (longest < 1) {
                throw new IllegalArgumentException("the longest sequence must have at least 1 step, was " + longest);
            }
            this.generator = Objects.requireNonNull(value);
            this.maxSteps = longest;
            return this;
        }

        /**
         * Sets the check (required): runs a sequence and returns null, or why it failed.
         *
         * @param value the check
         * @return this builder
         */
        public Builder<T> check(Property.Trial<List<T>> value) {
            this.check = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets how steps are printed.
         *
         * @param value step to Java line
         * @return this builder
         */
        public Builder<T> render(Function<T, String> value) {
            this.render = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets how one step is simplified.
         *
         * @param value step to simpler candidates, simplest first
         * @return this builder
         */
        public Builder<T> stepSimplifier(Function<T, List<T>> value) {
            this.stepSimplifier = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets how a whole sequence is simplified.
         *
         * @param value sequence to simpler candidates of the same length
         * @return this builder
         */
        public Builder<T> sequenceSimplifier(Function<List<T>, List<List<T>>> value) {
            this.sequenceSimplifier = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets how a failing seed is replayed.
         *
         * @param value the replay
         * @return this builder
         */
        public Builder<T> replay(Replay value) {
            this.replay = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Builds the property.
         *
         * @return the property
         * @throws NullPointerException if the generator or the check is missing
         */
        public Property<List<T>> build() {
            Generator<T> g = Objects.requireNonNull(generator, "generator");
            int longest = maxSteps;
            Property.Trial<List<T>> trial = Objects.requireNonNull(check, "check");
            return new Property<>(name, subject, random -> List.copyOf(g.generate(random, longest)), trial,
                    new SequenceShrinker<>(trial, stepSimplifier, sequenceSimplifier), new StepsRenderer<>(render),
                    replay);
        }
    }
}
