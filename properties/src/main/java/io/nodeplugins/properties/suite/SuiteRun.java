package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.Settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What a check needs to be rerun exactly, anywhere: the mode, the factory, the class path as given
 * and the setting overrides (the {@code -D} values, before any sharding). Builds the replay commands
 * of the report's failures. Immutable.
 *
 * @param mode           the effort level
 * @param implementation the factory class name
 * @param classPath      the {@code --classpath} values, paths absolute (made relative when printed)
 * @param overrides      the setting overrides and the time limit override, property to value, without
 *                       the effort level and the seed
 */
public record SuiteRun(Effort mode, String implementation, List<String> classPath, Map<String, String> overrides) {

    private static final Pattern PLAIN = Pattern.compile("[\\w.,/:=@+-]+");

    /**
     * Copies the collections.
     *
     * @param mode           the mode
     * @param implementation the factory
     * @param classPath      the class path values
     * @param overrides      the overrides
     */
    public SuiteRun {
        classPath = List.copyOf(classPath);
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /**
     * Returns the run of an implementation with the level's settings and nothing else.
     *
     * @param implementation the factory
     * @param mode           the mode
     * @return the run
     */
    public static SuiteRun of(String implementation, Effort mode) {
        return new SuiteRun(mode, implementation, List.of(), Map.of());
    }

    /**
     * Returns the overrides of {@code settings} that differ from its level, and the time limit
     * override if set, without the seed (each failure has its own).
     *
     * @param settings the settings as the user gave them
     * @return property to value
     */
    static Map<String, String> overridesOf(Settings settings) {
        Map<String, String> overrides = new LinkedHashMap<>(settings.asSystemProperties());
        overrides.remove(Settings.EFFORT);
        overrides.remove(Settings.SEED);
        String timeout = System.getProperty(TimeLimits.PROPERTY, "").trim();
        if (!timeout.isEmpty()) {
            overrides.put(TimeLimits.PROPERTY, timeout);
        }
        return overrides;
    }

    /**
     * Returns the command that reruns one check exactly: this run's mode, factory, class path and
     * overrides, the check alone, and the failing seed.
     *
     * @param check the check's name in the report
     * @param seed  the failing try's seed, if the check has one
     * @return the {@code ./suite} command line
     */
    public String replayCommand(String check, OptionalLong seed) {
        List<String> words = new ArrayList<>(List.of("./suite", "--mode", mode.cliName(), "--factory", implementation));
        for (String entry : classPath) {
            words.add("--classpath");
            words.add(ReportText.relative(entry));
        }
        words.add("--only");
        words.add(check);
        seed.ifPresent(s -> {
            words.add("--seed");
            words.add(Long.toString(s));
        });
        overrides.forEach((k, v) -> words.add("-D" + k + "=" + v));
        StringBuilder s = new StringBuilder();
        words.forEach(w -> s.append(s.length() == 0 ? "" : " ").append(quote(w)));
        return s.toString();
    }

    /** A word for a POSIX shell: as is when plain, else in single quotes. */
    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
