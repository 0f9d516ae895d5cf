package io.nodeplugins.properties.suite;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How hard the main job tries. Each mode fixes the settings of every suite; {@link #SOAK} repeats
 * the property suites with fresh seeds until its time budget is spent. Immutable.
 */
public enum SuiteMode {
    /** What {@code mvn -B verify} runs: a few minutes. */
    CI(200, "ci", "ci"),
    /** About 15-30 minutes on 2 cores. */
    THOROUGH(5_000, "quick", "long"),
    /** Repeats the property suites until the time budget given with {@code --budget} is spent. */
    SOAK(1_000, "quick", "long");

    private final int tries;
    private final String jcstressMode;
    private final String lincheckSetting;

    SuiteMode(int tries, String jcstressMode, String lincheckSetting) {
        this.tries = tries;
        this.jcstressMode = jcstressMode;
        this.lincheckSetting = lincheckSetting;
    }

    /**
     * Returns the generated sequences per property.
     *
     * @return the tries
     */
    public int tries() {
        return tries;
    }

    /**
     * Returns the jcstress mode ({@code -Djcstress.mode}) of this mode.
     *
     * @return the jcstress mode name
     */
    public String jcstressMode() {
        return jcstressMode;
    }

    /**
     * Returns the setting of the parallel properties and Lincheck ({@code -Dnodeplugins.setting}: {@code ci} or {@code long}).
     *
     * @return the setting
     */
    public String lincheckSetting() {
        return lincheckSetting;
    }

    /**
     * Returns the mode's name as written on the command line.
     *
     * @return the lower-case name
     */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a mode name.
     *
     * @param name the name given with {@code --mode}
     * @return the mode
     * @throws IllegalArgumentException if the name is unknown, listing the known ones
     */
    public static SuiteMode parse(String name) {
        for (SuiteMode mode : values()) {
            if (mode.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + name + "': use one of "
                + Arrays.stream(values()).map(SuiteMode::cliName).collect(Collectors.joining(", ")));
    }
}
