package io.nodeplugins.properties.engine.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How hard every tool tries, as one definition: the sequential tries and steps, the parallel
 * scenarios and runs, the shrink budget, the Lincheck iterations and the jcstress arguments of each
 * level. Maven selects a level with {@code -Dnodeplugins.effort=ci|thorough|soak} (default
 * {@code ci}), the main job with {@code --mode}; {@link Settings} applies it and lets each setting
 * be overridden alone. Immutable.
 */
public enum Effort {

    /** What {@code mvn -B verify} runs: every tool in its short setting, about a minute and a half of checks on 2 cores. */
    CI(200, 40, 60, 40, 15_000, 1, List.of("-f", "1", "-sc", "false", "-pth", "false", "-iters", "3", "-time", "250"), false),
    /** About 15 minutes on 2 cores: 25x the tries, 8x-17x the parallel runs, 8x Lincheck, jcstress's quick preset. */
    THOROUGH(5_000, 40, 500, 80, 120_000, 8, List.of("-m", "quick"), true),
    /**
     * Rounds of the property suites with fresh seeds until a time budget is spent (the main job's
     * {@code --budget}); each round at 1,000 tries per sequential property and the CI setting of the
     * other tools; jcstress once, in the CI setting.
     */
    SOAK(1_000, 40, 60, 40, 15_000, 1, CI.jcstress, false);

    private final int tries;
    private final int steps;
    private final int scenarios;
    private final int runs;
    private final long shrinkMillis;
    private final int lincheckScale;
    private final List<String> jcstress;
    private final boolean jcstressPreset;

    Effort(int tries, int steps, int scenarios, int runs, long shrinkMillis, int lincheckScale, List<String> jcstress,
           boolean jcstressPreset) {
        this.tries = tries;
        this.steps = steps;
        this.scenarios = scenarios;
        this.runs = runs;
        this.shrinkMillis = shrinkMillis;
        this.lincheckScale = lincheckScale;
        this.jcstress = jcstress;
        this.jcstressPreset = jcstressPreset;
    }

    /** @return generated sequences per sequential property */
    public int tries() {
        return tries;
    }

    /** @return the longest generated sequence */
    public int steps() {
        return steps;
    }

    /** @return scenarios per parallel property (each property multiplies it by its own factor) */
    public int scenarios() {
        return scenarios;
    }

    /** @return runs per parallel scenario, each history checked */
    public int runs() {
        return runs;
    }

    /** @return the most runs of one parallel shrinking candidate in the first passes */
    public int shrinkRuns() {
        return Math.max(100, runs);
    }

    /** @return the time budget of one parallel shrink, in milliseconds */
    public long shrinkMillis() {
        return shrinkMillis;
    }

    /** @return the factor on the Lincheck iterations of the CI setting */
    public int lincheckScale() {
        return lincheckScale;
    }

    /**
     * Returns the jcstress options of this level, without the test selection and result folder.
     * The CI levels run one fork per JVM configuration with the given JVM arguments only
     * ({@code -jvmArgs} replaces jcstress's flag combinations; on JDK 17 it still forks twice, with
     * and without biased locking), so each test costs two JVM starts plus 3 x 250 ms; the thorough
     * level runs jcstress's {@code quick} preset with every JVM configuration.
     *
     * @return the options, e.g. {@code -f 1 -sc false -pth false -iters 3 -time 250}
     */
    public List<String> jcstress() {
        return jcstress;
    }

    /**
     * Returns how the forked JVMs get the system properties of the run: with a preset they are
     * prepended to every JVM configuration ({@code -jvmArgsPrepend}); otherwise they replace the
     * configurations ({@code -jvmArgs}).
     *
     * @return {@code -jvmArgsPrepend} or {@code -jvmArgs}
     */
    public String jcstressForkOption() {
        return jcstressPreset ? "-jvmArgsPrepend" : "-jvmArgs";
    }

    /**
     * Returns the level's name as written on a command line.
     *
     * @return the lower-case name
     */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a level name.
     *
     * @param name {@code ci}, {@code thorough} or {@code soak}, in any case
     * @return the level
     * @throws IllegalArgumentException naming the known levels
     */
    public static Effort parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(e -> e.cliName().equals(wanted)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown effort '" + name + "': use one of "
                        + Stream.of(values()).map(Effort::cliName).collect(Collectors.joining(", "))));
    }
}
