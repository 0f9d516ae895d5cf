package io.nodeplugins.properties.suite;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How hard the main job tries. Each mode fixes the settings of every suite; {@link #SOAK} repeats
 * the property suites with fresh seeds until its time budget is spent. Immutable.
 */
public enum SuiteMode {
    /** What {@code mvn -B verify} runs: about a minute and a half on 2 cores. */
    CI(200, "ci", 60, 40, 1),
    /** About 15 minutes on 2 cores: jcstress's quick preset, 25x the tries, 8x-17x the parallel runs. */
    THOROUGH(5_000, "quick", 500, 80, 8),
    /**
     * jcstress once in the CI setting, then rounds of the property suites with fresh seeds and
     * 1,000 tries per property, repeated while another round fits in the budget given with
     * {@code --budget} (a round takes about 45 s on 2 cores).
     */
    SOAK(1_000, "ci", 60, 40, 1);

    private final int tries;
    private final String jcstressMode;
    private final int parallelScenarios;
    private final int parallelRuns;
    private final int lincheckScale;

    SuiteMode(int tries, String jcstressMode, int parallelScenarios, int parallelRuns, int lincheckScale) {
        this.tries = tries;
        this.jcstressMode = jcstressMode;
        this.parallelScenarios = parallelScenarios;
        this.parallelRuns = parallelRuns;
        this.lincheckScale = lincheckScale;
    }

    /**
     * Returns the generated sequences per sequential property ({@code -Dnodeplugins.tries}).
     *
     * @return the tries
     */
    public int tries() {
        return tries;
    }

    /**
     * Returns the jcstress setting: {@code ci} (the setting {@code mvn -B verify} uses: one fork per
     * JVM configuration, two on JDK 17, 3 x 250 ms each) or a jcstress preset name such as {@code quick}.
     *
     * @return the jcstress mode name
     */
    public String jcstressMode() {
        return jcstressMode;
    }

    /**
     * Returns the scenarios per parallel property ({@code -Dnodeplugins.parallel.scenarios}; the
     * properties multiply it by their own factor).
     *
     * @return the scenarios
     */
    public int parallelScenarios() {
        return parallelScenarios;
    }

    /**
     * Returns the runs per parallel scenario ({@code -Dnodeplugins.parallel.runs}).
     *
     * @return the runs
     */
    public int parallelRuns() {
        return parallelRuns;
    }

    /**
     * Returns the factor on the Lincheck iterations of the CI setting ({@code -Dnodeplugins.lincheck.scale}).
     *
     * @return the factor, at least 1
     */
    public int lincheckScale() {
        return lincheckScale;
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
