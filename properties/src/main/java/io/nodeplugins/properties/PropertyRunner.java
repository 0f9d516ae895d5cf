package io.nodeplugins.properties;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Checks a {@link SequenceProperty}: draws sequences from seeded {@link SplittableRandom}s, runs
 * the check on each, and shrinks the first failure. The first try uses the configured seed (or a
 * fresh one); later tries use seeds drawn from it, and every seed is reported, so
 * {@code -Dnodeplugins.seed=<failing seed>} replays a failure on the first try. Stateless and
 * thread-safe; the property's check decides whether running properties concurrently is safe.
 */
public final class PropertyRunner {

    private PropertyRunner() {
    }

    /**
     * Checks {@code property} with {@code settings} and prints a one-line summary (the seed) to
     * standard output.
     *
     * @param property the property
     * @param settings tries, steps and seed
     * @param <T>      the step type
     * @return the result; a failure carries the shrunk sequence and the report
     */
    public static <T> PropertyResult<T> check(SequenceProperty<T> property, PropertySettings settings) {
        long firstSeed = settings.seed().orElseGet(() -> new SplittableRandom().nextLong());
        SplittableRandom seeds = new SplittableRandom(firstSeed);
        long seed = firstSeed;
        PropertyResult<T> result = null;
        for (int i = 1; i <= settings.tries() && result == null; i++) {
            List<T> steps = property.generator().generate(new SplittableRandom(seed), settings.maxSteps());
            Failure failure = property.check().check(steps);
            if (failure != null) {
                Shrinker.Shrunk<T> shrunk = new Shrinker<>(property, failure).shrink(steps);
                result = PropertyResult.failed(property, i, firstSeed, seed, steps, shrunk);
            } else if (i == settings.tries()) {
                result = PropertyResult.passed(property, i, firstSeed);
            }
            seed = seeds.nextLong();
        }
        System.out.println(result.passed() ? result.report()
                : "Property '" + property.name() + "' failed against " + property.subject() + " on try "
                + result.tries() + " (seed " + result.failingSeed() + "); minimal scenario of "
                + result.minimal().size() + (result.minimal().size() == 1 ? " step" : " steps"));
        return result;
    }
}
