package io.nodeplugins.properties.linearizability;

import io.nodeplugins.properties.PropertySettings;

import java.util.OptionalLong;

/**
 * How hard the parallel properties try, read from system properties so that one build command runs
 * the CI setting and one flag the long setting. Immutable.
 *
 * <ul>
 *   <li>{@value #SETTING} — {@code ci} (default) or {@code long}: the defaults below.</li>
 *   <li>{@value #SCENARIOS} — scenarios per property: CI {@value #CI_SCENARIOS}, long {@value #LONG_SCENARIOS},
 *       times the property's own factor ({@link ParallelProperty#scenarios(ParallelSettings)}).</li>
 *   <li>{@value #RUNS} — runs per scenario (each history checked): CI {@value #CI_RUNS}, long {@value #LONG_RUNS}.</li>
 *   <li>{@code nodeplugins.seed} — the seed of the first scenario ({@link PropertySettings#SEED});
 *       a failure report prints the seed of the failing scenario, and passing it here replays that
 *       scenario first.</li>
 * </ul>
 *
 * @param scenarios       scenarios per property
 * @param runs            runs per scenario
 * @param shrinkRuns      the most runs of one shrinking candidate
 * @param shrinkMillis    the time budget of one shrink
 * @param seed            the fixed seed of the first scenario, if any
 */
public record ParallelSettings(int scenarios, int runs, int shrinkRuns, long shrinkMillis, OptionalLong seed) {

    /** System property: {@code ci} or {@code long}. */
    public static final String SETTING = "nodeplugins.setting";
    /** System property: scenarios per property. */
    public static final String SCENARIOS = "nodeplugins.parallel.scenarios";
    /** System property: runs per scenario. */
    public static final String RUNS = "nodeplugins.parallel.runs";
    /** System property: the factor on the Lincheck tests' iterations (default 1; the main job's thorough mode uses 8). */
    public static final String LINCHECK_SCALE = "nodeplugins.lincheck.scale";
    /** CI default of {@value #SCENARIOS}. */
    public static final int CI_SCENARIOS = 60;
    /** CI default of {@value #RUNS}. */
    public static final int CI_RUNS = 40;
    /** Long default of {@value #SCENARIOS}. */
    public static final int LONG_SCENARIOS = 2_000;
    /** Long default of {@value #RUNS}. */
    public static final int LONG_RUNS = 200;

    /**
     * Checks the values.
     *
     * @param scenarios    at least 1
     * @param runs         at least 1
     * @param shrinkRuns   at least 1
     * @param shrinkMillis not negative
     * @param seed         the seed, if fixed
     */
    public ParallelSettings {
        if (scenarios < 1 || runs < 1 || shrinkRuns < 1 || shrinkMillis < 0) {
            throw new IllegalArgumentException("bad parallel settings: " + scenarios + " scenarios, " + runs
                    + " runs, " + shrinkRuns + " shrink runs, " + shrinkMillis + " ms");
        }
    }

    /**
     * Returns whether the long setting was asked for ({@code -Dnodeplugins.setting=long}).
     *
     * @return true for the long setting
     */
    public static boolean longSetting() {
        String setting = System.getProperty(SETTING, "ci").trim();
        if (!setting.equals("ci") && !setting.equals("long")) {
            throw new IllegalArgumentException("system property " + SETTING + " must be 'ci' or 'long', was '"
                    + setting + "'");
        }
        return setting.equals("long");
    }

    /**
     * Returns the factor on the Lincheck tests' iterations ({@value #LINCHECK_SCALE}).
     *
     * @return the factor, at least 1
     * @throws IllegalArgumentException if the property is not a whole number of at least 1
     */
    public static int lincheckScale() {
        int scale = PropertySettings.intProperty(LINCHECK_SCALE, 1);
        if (scale < 1) {
            throw new IllegalArgumentException("system property " + LINCHECK_SCALE + " must be at least 1, was " + scale);
        }
        return scale;
    }

    /**
     * Reads the settings from the system properties.
     *
     * @return the settings
     * @throws IllegalArgumentException if a property is malformed
     */
    public static ParallelSettings fromSystemProperties() {
        boolean isLong = longSetting();
        int runs = PropertySettings.intProperty(RUNS, isLong ? LONG_RUNS : CI_RUNS);
        OptionalLong seed = PropertySettings.seedProperty();
        return new ParallelSettings(PropertySettings.intProperty(SCENARIOS, isLong ? LONG_SCENARIOS : CI_SCENARIOS), runs,
                Math.max(100, runs), isLong ? 120_000 : 15_000, seed);
    }
}
