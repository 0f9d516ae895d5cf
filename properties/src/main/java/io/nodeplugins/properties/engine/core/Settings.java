package io.nodeplugins.properties.engine.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The settings of every tool for one run: an {@link Effort} level, with any setting overridden
 * alone by its system property. Read once per check from the system properties, so that one
 * Maven flag selects a level and another changes one number. Immutable.
 *
 * <ul>
 *   <li>{@value #EFFORT}: {@code ci} (default), {@code thorough} or {@code soak};</li>
 *   <li>{@value #TRIES}, {@value #STEPS}: sequences per sequential property, the longest sequence;</li>
 *   <li>{@value #SEED}: the seed of the first try or scenario; unset means a fresh one, printed. A
 *       failure prints the seed of its failing try: passing it here replays that try first;</li>
 *   <li>{@value #SCENARIOS}, {@value #RUNS}: scenarios per parallel property (times the property's
 *       factor), runs per scenario;</li>
 *   <li>{@value #SHRINK_RUNS}, {@value #SHRINK_MILLIS}: the parallel shrinker's runs per candidate
 *       and time budget;</li>
 *   <li>{@value #LINCHECK_SCALE}: the factor on the Lincheck iterations (a decimal above 0);</li>
 *   <li>{@value #JCSTRESS}: the jcstress options, replacing the level's (space-separated).</li>
 * </ul>
 *
 * @param effort        the level the other values come from unless overridden
 * @param tries         sequences per sequential property
 * @param maxSteps      the longest sequence
 * @param seed          the fixed seed of the first try, if any
 * @param scenarios     scenarios per parallel property, before the property's factor
 * @param runs          runs per parallel scenario
 * @param shrinkRuns    runs of one parallel shrinking candidate in the first passes
 * @param shrinkMillis  the time budget of one parallel shrink
 * @param lincheckScale the factor on the Lincheck iterations; above 0 (0.2 runs a fifth of them)
 * @param jcstress      the jcstress options (no test selection, no result folder)
 */
public record Settings(Effort effort, int tries, int maxSteps, OptionalLong seed, int scenarios, int runs,
                       int shrinkRuns, long shrinkMillis, double lincheckScale, List<String> jcstress) {

    /** System property: the effort level. */
    public static final String EFFORT = "nodeplugins.effort";
    /** System property: sequences per sequential property. */
    public static final String TRIES = "nodeplugins.tries";
    /** System property: the longest sequence. */
    public static final String STEPS = "nodeplugins.steps";
    /** System property: the seed of the first try or scenario. */
    public static final String SEED = "nodeplugins.seed";
    /** System property: scenarios per parallel property. */
    public static final String SCENARIOS = "nodeplugins.parallel.scenarios";
    /** System property: runs per parallel scenario. */
    public static final String RUNS = "nodeplugins.parallel.runs";
    /** System property: runs per parallel shrinking candidate. */
    public static final String SHRINK_RUNS = "nodeplugins.shrink.runs";
    /** System property: the time budget of a parallel shrink, in milliseconds. */
    public static final String SHRINK_MILLIS = "nodeplugins.shrink.millis";
    /** System property: the factor on the Lincheck iterations. */
    public static final String LINCHECK_SCALE = "nodeplugins.lincheck.scale";
    /** System property: the jcstress options. */
    public static final String JCSTRESS = "nodeplugins.jcstress";

    /** Every property that overrides one setting of the level. */
    public static final List<String> OVERRIDES = List.of(TRIES, STEPS, SEED, SCENARIOS, RUNS, SHRINK_RUNS,
            SHRINK_MILLIS, LINCHECK_SCALE, JCSTRESS);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public Settings {
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(seed, "seed");
        jcstress = List.copyOf(jcstress);
        positive(TRIES, tries);
        positive(STEPS, maxSteps);
        positive(SCENARIOS, scenarios);
        positive(RUNS, runs);
        positive(SHRINK_RUNS, shrinkRuns);
        if (!(lincheckScale > 0) || Double.isInfinite(lincheckScale)) {
            throw new IllegalArgumentException(LINCHECK_SCALE + " must be a number above 0, was " + lincheckScale);
        }
        if (shrinkMillis < 0) {
            throw new IllegalArgumentException(SHRINK_MILLIS + " must not be negative, was " + shrinkMillis);
        }
    }

    /**
     * Returns the settings of a level, without overrides.
     *
     * @param effort the level
     * @return its settings
     */
    public static Settings of(Effort effort) {
        return new Settings(effort, effort.tries(), effort.steps(), OptionalLong.empty(), effort.scenarios(),
                effort.runs(), effort.shrinkRuns(), effort.shrinkMillis(), effort.lincheckScale(), effort.jcstress());
    }

    /**
     * Reads the settings: the level named by {@value #EFFORT}, then every override that is set.
     *
     * @return the settings
     * @throws IllegalArgumentException naming a property whose value is malformed
     */
    public static Settings fromSystemProperties() {
        String level = System.getProperty(EFFORT, "").trim();
        return fromSystemProperties(level.isEmpty() ? Effort.CI : Effort.parse(level));
    }

    /**
     * Reads the overrides of one level from the system properties, whatever {@value #EFFORT} says
     * (the main job's {@code --mode} chooses the level).
     *
     * @param effort the level
     * @return its settings with every override that is set
     * @throws IllegalArgumentException naming a property whose value is malformed
     */
    public static Settings fromSystemProperties(Effort effort) {
        String jcstressOptions = System.getProperty(JCSTRESS, "").trim();
        String seed = System.getProperty(SEED, "").trim();
        return new Settings(effort, intProperty(TRIES, effort.tries()), intProperty(STEPS, effort.steps()),
                seed.isEmpty() ? OptionalLong.empty() : OptionalLong.of(longValue(SEED, seed)),
                intProperty(SCENARIOS, effort.scenarios()), intProperty(RUNS, effort.runs()),
                intProperty(SHRINK_RUNS, effort.shrinkRuns()),
                longValue(SHRINK_MILLIS, System.getProperty(SHRINK_MILLIS, Long.toString(effort.shrinkMillis())).trim()),
                doubleValue(LINCHECK_SCALE, System.getProperty(LINCHECK_SCALE, "").trim(), effort.lincheckScale()),
                jcstressOptions.isEmpty() ? effort.jcstress() : Arrays.asList(jcstressOptions.split("\\s+")));
    }

    /**
     * Returns these settings with another number of tries.
     *
     * @param newTries the tries
     * @return the new settings
     */
    public Settings withTries(int newTries) {
        return new Settings(effort, newTries, maxSteps, seed, scenarios, runs, shrinkRuns, shrinkMillis, lincheckScale,
                jcstress);
    }

    /**
     * Returns these settings with a fixed seed.
     *
     * @param newSeed the seed of the first try
     * @return the new settings
     */
    public Settings withSeed(long newSeed) {
        return new Settings(effort, tries, maxSteps, OptionalLong.of(newSeed), scenarios, runs, shrinkRuns,
                shrinkMillis, lincheckScale, jcstress);
    }

    /**
     * Returns these settings as the system properties that reproduce them (for a forked JVM or a
     * replay command). Only the values that differ from the level's are listed besides the level.
     *
     * @return property name to value, in a stable order
     */
    public Map<String, String> asSystemProperties() {
        Settings base = of(effort);
        Map<String, String> p = new LinkedHashMap<>();
        p.put(EFFORT, effort.cliName());
        putIfChanged(p, TRIES, tries, base.tries);
        putIfChanged(p, STEPS, maxSteps, base.maxSteps);
        seed.ifPresent(s -> p.put(SEED, Long.toString(s)));
        putIfChanged(p, SCENARIOS, scenarios, base.scenarios);
        putIfChanged(p, RUNS, runs, base.runs);
        putIfChanged(p, SHRINK_RUNS, shrinkRuns, base.shrinkRuns);
        putIfChanged(p, SHRINK_MILLIS, shrinkMillis, base.shrinkMillis);
        if (lincheckScale != base.lincheckScale) {
            p.put(LINCHECK_SCALE, Double.toString(lincheckScale));
        }
        if (!jcstress.equals(base.jcstress)) {
            p.put(JCSTRESS, String.join(" ", jcstress));
        }
        return p;
    }

    /**
     * Returns the jcstress command-line options of these settings for the implementation named by
     * {@code factoryClass}: the level's options, then the fork option that hands the forked JVMs
     * the factory and JNA's native access.
     *
     * @param factoryClass the factory of the implementation under test; empty for the reference
     * @return the options, without test selection and result folder
     */
    public List<String> jcstressArguments(String factoryClass) {
        List<String> args = new ArrayList<>(jcstress);
        args.add(effort.jcstressForkOption());
        args.add("-Dnodeplugins.factory=" + factoryClass + " --enable-native-access=ALL-UNNAMED");
        return args;
    }

    /**
     * Returns how many Lincheck iterations to run where the CI setting runs {@code base}.
     *
     * @param base the iterations of the CI setting
     * @return {@code base} times the Lincheck scale, rounded, at least 1
     */
    public int lincheckIterations(int base) {
        return (int) Math.max(1, Math.round(base * lincheckScale));
    }

    private static void putIfChanged(Map<String, String> p, String name, long value, long base) {
        if (value != base) {
            p.put(name, Long.toString(value));
        }
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    /**
     * Reads a whole-number system property, the one parser of every numeric setting.
     *
     * @param name         the property
     * @param defaultValue the value when the property is unset or blank
     * @return the value
     * @throws IllegalArgumentException naming the property and its value if it is not an int
     */
    public static int intProperty(String name, int defaultValue) {
        String value = System.getProperty(name, "").trim();
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + name + " must be a whole number, was '" + value
                    + "'", e);
        }
    }

    private static double doubleValue(String name, String value, double defaultValue) {
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + name + " must be a number, was '" + value + "'", e);
        }
    }

    private static long longValue(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + name + " must be a whole number, was '" + value
                    + "'", e);
        }
    }
}
