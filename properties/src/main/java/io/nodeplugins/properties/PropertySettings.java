package io.nodeplugins.properties;

import java.util.OptionalLong;

/**
 * How hard the properties try, read from system properties so that one build command can run the
 * fast CI setting and the long setting. Immutable.
 *
 * <ul>
 *   <li>{@value #TRIES} — generated sequences per property; default {@value #DEFAULT_TRIES} (CI),
 *       {@value #LONG_TRIES} for the long setting ({@code -Dnodeplugins.tries=10000}).</li>
 *   <li>{@value #STEPS} — the longest generated sequence; default {@value #DEFAULT_STEPS}.</li>
 *   <li>{@value #SEED} — the seed of the first try; unset means a fresh random seed, printed. A
 *       failure report prints the seed of the failing try: passing it here replays that try
 *       first.</li>
 * </ul>
 *
 * @param tries    sequences per property
 * @param maxSteps the longest sequence
 * @param seed     the fixed seed of the first try, if any
 */
public record PropertySettings(int tries, int maxSteps, OptionalLong seed) {

    /** System property: sequences per property. */
    public static final String TRIES = "nodeplugins.tries";
    /** System property: longest sequence. */
    public static final String STEPS = "nodeplugins.steps";
    /** System property: seed of the first try. */
    public static final String SEED = "nodeplugins.seed";
    /** The CI default of {@value #TRIES}. */
    public static final int DEFAULT_TRIES = 200;
    /** The documented long setting of {@value #TRIES}. */
    public static final int LONG_TRIES = 10_000;
    /** The default of {@value #STEPS}. */
    public static final int DEFAULT_STEPS = 40;

    /**
     * Checks the values.
     *
     * @param tries    sequences per property; at least 1
     * @param maxSteps the longest sequence; at least 1
     * @param seed     the fixed seed, if any
     */
    public PropertySettings {
        if (tries < 1 || maxSteps < 1) {
            throw new IllegalArgumentException("tries and maxSteps must be positive: " + tries + ", " + maxSteps);
        }
    }

    /**
     * Reads the settings from the system properties.
     *
     * @return the settings
     * @throws IllegalArgumentException if a property is not a number
     */
    public static PropertySettings fromSystemProperties() {
        return new PropertySettings(intProperty(TRIES, DEFAULT_TRIES), intProperty(STEPS, DEFAULT_STEPS), seedProperty());
    }

    /**
     * Reads the seed alone ({@value #SEED}), for engines that do not use the tries and steps.
     *
     * @return the seed, or empty when unset
     * @throws IllegalArgumentException if it is not a number
     */
    public static OptionalLong seedProperty() {
        String seed = System.getProperty(SEED, "").trim();
        return seed.isEmpty() ? OptionalLong.empty() : OptionalLong.of(parse(SEED, seed));
    }

    /**
     * Returns these settings with a different number of tries.
     *
     * @param newTries the tries
     * @return the new settings
     */
    public PropertySettings withTries(int newTries) {
        return new PropertySettings(newTries, maxSteps, seed);
    }

    /**
     * Returns these settings with a fixed seed.
     *
     * @param newSeed the seed of the first try
     * @return the new settings
     */
    public PropertySettings withSeed(long newSeed) {
        return new PropertySettings(tries, maxSteps, OptionalLong.of(newSeed));
    }

    /**
     * Reads a whole-number system property, the one parser of every numeric setting of the engine.
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

    private static long parse(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + name + " must be a number, was '" + value + "'", e);
        }
    }
}
