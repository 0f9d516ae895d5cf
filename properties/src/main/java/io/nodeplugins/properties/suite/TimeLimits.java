package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.Settings;

import java.time.Duration;
import java.util.Map;

/**
 * How long each check of the main job may take before it is abandoned as a suite error: a base per
 * suite for the CI setting, generous for two loaded cores, times how much more work the settings ask
 * for than the CI setting (tries and steps, scenarios and runs plus the shrink budget, the Lincheck
 * scale, the jcstress preset). {@value #PROPERTY} (a duration such as {@code 90s} or {@code 20m})
 * replaces every limit. Stateless.
 */
public final class TimeLimits {

    /** System property: one time limit for every check, replacing the computed ones. */
    public static final String PROPERTY = "nodeplugins.timeout";

    /**
     * The limits of the CI setting: some 100 times what a check takes on two quiet cores, since a check
     * that runs 20 times slower on an overloaded machine (a concurrent unit test of gRPC's registry took
     * over a minute here at a load of 16 on 2 cores) must not become a suite error; a hang costs the limit.
     */
    private static final Map<Suite, Duration> BASE = Map.of(Suite.JCSTRESS, Duration.ofMinutes(20),
            Suite.UNIT, Duration.ofMinutes(3), Suite.SEQUENTIAL, Duration.ofMinutes(3),
            Suite.PARALLEL, Duration.ofMinutes(5), Suite.LINCHECK, Duration.ofMinutes(15));

    private TimeLimits() {
    }

    /**
     * Returns the limit of one check of {@code suite} (for jcstress: of the whole jcstress run).
     *
     * @param suite    the suite
     * @param settings the run's settings
     * @return the limit
     * @throws IllegalArgumentException if {@value #PROPERTY} is set but is not a duration
     */
    public static Duration of(Suite suite, Settings settings) {
        String override = System.getProperty(PROPERTY, "").trim();
        if (!override.isEmpty()) {
            try {
                return SuiteOptions.parseDuration(override);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("system property " + PROPERTY + " must be a duration such as 90s or"
                        + " 20m, was '" + override + "'", e);
            }
        }
        Settings ci = Settings.of(Effort.CI);
        double factor = switch (suite) {
            case JCSTRESS -> settings.jcstress().equals(ci.jcstress()) ? 1 : 6;
            case UNIT -> 1;
            case SEQUENTIAL -> (double) settings.tries() / ci.tries() * settings.maxSteps() / ci.maxSteps();
            case PARALLEL -> (double) settings.scenarios() * settings.runs() / (ci.scenarios() * ci.runs());
            case LINCHECK -> settings.lincheckScale() / ci.lincheckScale();
        };
        Duration limit = Duration.ofMillis(Math.round(BASE.get(suite).toMillis() * Math.max(1, factor)));
        return suite == Suite.PARALLEL ? limit.plusMillis(settings.shrinkMillis()) : limit;
    }
}
