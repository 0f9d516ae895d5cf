package io.nodeplugins.properties;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A property over generated sequences of steps: every sequence the generator draws must pass the
 * check. Steps are values of any type (registry commands, cluster events); the property also says
 * how to print a step as Java and how to simplify one, for readable minimal scenarios. Immutable;
 * build one with {@link #builder}.
 *
 * @param <T> the step type
 */
public final class SequenceProperty<T> {

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
     * Runs a sequence and judges it. Must be deterministic enough that a failing sequence fails
     * again when rerun (the shrinker reruns it many times).
     *
     * @param <T> the step type
     */
    @FunctionalInterface
    public interface Check<T> {
        /**
         * Runs and judges {@code steps}.
         *
         * @param steps the sequence
         * @return null if it passes, else why it fails
         */
        Failure check(List<T> steps);
    }

    private final String name;
    private final String subject;
    private final Generator<T> generator;
    private final Check<T> check;
    private final Function<T, String> render;
    private final Function<T, List<T>> stepSimplifier;
    private final Function<List<T>, List<List<T>>> sequenceSimplifier;
    private final String replay;

    private SequenceProperty(Builder<T> b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.subject = Objects.requireNonNull(b.subject, "subject");
        this.generator = Objects.requireNonNull(b.generator, "generator");
        this.check = Objects.requireNonNull(b.check, "check");
        this.render = b.render;
        this.stepSimplifier = b.stepSimplifier;
        this.sequenceSimplifier = b.sequenceSimplifier;
        this.replay = b.replay;
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

    /** @return what the property says */
    public String name() {
        return name;
    }

    /** @return what is tested, for example the registry factory */
    public String subject() {
        return subject;
    }

    /** @return the generator */
    public Generator<T> generator() {
        return generator;
    }

    /** @return the check */
    public Check<T> check() {
        return check;
    }

    /**
     * Renders a step as a line of Java.
     *
     * @param step the step
     * @return the line
     */
    public String render(T step) {
        return render.apply(step);
    }

    /**
     * Returns simpler variants of one step, simplest first.
     *
     * @param step the step
     * @return the candidates
     */
    public List<T> simplifications(T step) {
        return stepSimplifier.apply(step);
    }

    /**
     * Returns simpler variants of a whole sequence (for example a node renamed everywhere).
     *
     * @param steps the sequence
     * @return the candidates, each as long as {@code steps}
     */
    public List<List<T>> simplifications(List<T> steps) {
        return sequenceSimplifier.apply(steps);
    }

    /**
     * Returns how to replay a seed, with {@code {seed}} standing for the seed.
     *
     * @return the replay command template
     */
    public String replay() {
        return replay;
    }

    /**
     * Collects the parts of a property. Not thread-safe.
     *
     * @param <T> the step type
     */
    public static final class Builder<T> {
        private final String name;
        private String subject = "";
        private Generator<T> generator;
        private Check<T> check;
        private Function<T, String> render = String::valueOf;
        private Function<T, List<T>> stepSimplifier = step -> List.of();
        private Function<List<T>, List<List<T>>> sequenceSimplifier = steps -> List.of();
        private String replay = "-D" + PropertySettings.SEED + "={seed}";

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets what is tested.
         *
         * @param value for example the registry factory's name
         * @return this builder
         */
        public Builder<T> subject(String value) {
            this.subject = value;
            return this;
        }

        /**
         * Sets the generator (required).
         *
         * @param value the generator
         * @return this builder
         */
        public Builder<T> generator(Generator<T> value) {
            this.generator = value;
            return this;
        }

        /**
         * Sets the check (required).
         *
         * @param value the check
         * @return this builder
         */
        public Builder<T> check(Check<T> value) {
            this.check = value;
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
         * @param value sequence to simpler candidates
         * @return this builder
         */
        public Builder<T> sequenceSimplifier(Function<List<T>, List<List<T>>> value) {
            this.sequenceSimplifier = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets the replay command, with {@code {seed}} standing for the seed.
         *
         * @param value for example {@code "mvn -B -pl properties verify -Dtest=MyTest -Dnodeplugins.seed={seed}"}
         * @return this builder
         */
        public Builder<T> replay(String value) {
            this.replay = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Builds the property.
         *
         * @return the property
         */
        public SequenceProperty<T> build() {
            return new SequenceProperty<>(this);
        }
    }
}
