package io.nodeplugins.properties.engine.core;

import java.util.OptionalLong;

/**
 * The one seed loop of both engines: draws scenarios from seeded random sources, runs the trial on
 * each, and shrinks the first failure. The first try uses the configured seed (or a fresh one);
 * later tries use seeds drawn from it ({@link Seeds}). Stateless and thread-safe; the property's
 * trial decides whether running properties concurrently is safe.
 */
public final class PropertyRunner {

    private PropertyRunner() {
    }

    /**
     * Checks {@code property} with up to {@code tries} scenarios and prints a one-line summary (the
     * seed) to standard output.
     *
     * @param property the property
     * @param tries    the most scenarios; at least 1
     * @param seed     the seed of the first try, if fixed
     * @param <S>      the scenario type
     * @return the result; a failure carries the shrunk scenario and the report
     */
    public static <S> PropertyResult<S> check(Property<S> property, int tries, OptionalLong seed) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1, was " + tries);
        }
        Seeds seeds = new Seeds(seed);
        PropertyResult<S> result = null;
        for (int i = 1; i <= tries && result == null; i++) {
            S scenario = property.generator().draw(seeds.random());
            Failure failure = property.trial().run(scenario);
            if (failure != null) {
                Shrunk<S> shrunk = property.shrinker().shrink(scenario, failure);
                result = PropertyResult.failed(property, i, tries, seeds.first(), seeds.current(), scenario, failure,
                        shrunk);
            } else if (i == tries) {
                result = PropertyResult.passed(property, tries, seeds.first());
            }
            seeds.advance();
        }
        System.out.println(result.passed() ? result.report() : result.headline());
        return result;
    }
}
