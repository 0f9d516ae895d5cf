package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The main job's command line: {@code [--mode ci|thorough|soak] [--budget 20m] [--factory CLASS]
 * [--report DIR] [--jcstress-jar JAR] [--skip SUITE,...]}. Immutable.
 *
 * @param mode        the effort level ({@code --mode})
 * @param budget      the time budget (required for soak, refused otherwise)
 * @param factory     the implementation under test's factory class name, or empty for the reference
 * @param reportDir   where {@code index.html} and {@code summary.md} go
 * @param jcstressJar the jcstress uber-jar, or empty to look for it in the default place
 * @param skipped     the suites not to run ({@code --skip})
 */
public record SuiteOptions(Effort mode, Optional<Duration> budget, Optional<String> factory, Path reportDir,
                           Optional<Path> jcstressJar, Set<Suite> skipped) {

    /** The usage text printed with every command-line error. */
    public static final String USAGE = String.join("\n",
            "usage: suite [--mode ci|thorough|soak] [--budget DURATION] [--factory CLASS] [--report DIR]",
            "             [--jcstress-jar JAR] [--skip SUITE,...]",
            "  --mode      ci (default, about 1.5 minutes), thorough (about 15 minutes on 2 cores),",
            "              soak (jcstress once, then property rounds with fresh seeds until --budget is spent)",
            "  --budget    a duration such as 90s, 20m, 2h or PT20M; required with --mode soak",
            "  --factory   a class implementing " + NodeRegistryFactory.class.getName() + " (default: the reference)",
            "  --report    the report folder (default: target/suite-report)",
            "  --jcstress-jar  the jcstress-tests uber-jar (default: jcstress-tests/target/jcstress.jar if present)",
            "  --skip      suites not to run, comma-separated: " + Suite.cliNames() + "; the report says so");

    /**
     * Checks the combination.
     *
     * @param mode        the mode
     * @param budget      the budget
     * @param factory     the factory class name
     * @param reportDir   the report folder
     * @param jcstressJar the jcstress jar
     * @param skipped     the suites not to run
     */
    public SuiteOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(jcstressJar, "jcstressJar");
        skipped = skipped.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(skipped));
        if (mode == Effort.SOAK && budget.isEmpty()) {
            throw new IllegalArgumentException("--mode soak needs a time budget, for example --budget 30m");
        }
        if (mode != Effort.SOAK && budget.isPresent()) {
            throw new IllegalArgumentException("--budget applies only to --mode soak; --mode " + mode.cliName()
                    + " has fixed settings");
        }
    }

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException with a message saying what was wrong
     */
    public static SuiteOptions parse(List<String> args) {
        Effort mode = Effort.CI;
        Optional<Duration> budget = Optional.empty();
        Optional<String> factory = Optional.empty();
        Path report = Path.of("target", "suite-report");
        Optional<Path> jar = Optional.empty();
        Set<Suite> skipped = EnumSet.noneOf(Suite.class);
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("help requested");
            }
            if (!option.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + option + "': options start with --");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--mode":
                    mode = parseMode(value);
                    break;
                case "--budget":
                    budget = Optional.of(parseDuration(value));
                    break;
                case "--factory":
                    factory = Optional.of(value.trim()).filter(s -> !s.isEmpty());
                    break;
                case "--report":
                    report = Path.of(value);
                    break;
                case "--jcstress-jar":
                    jar = Optional.of(Path.of(value));
                    break;
                case "--skip":
                    for (String name : value.split(",")) {
                        skipped.add(Suite.parse(name));
                    }
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        return new SuiteOptions(mode, budget, factory, report, jar, skipped);
    }

    private static Effort parseMode(String value) {
        try {
            return Effort.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mode '" + value + "': use one of ci, thorough, soak", e);
        }
    }

    /**
     * Parses a duration: ISO-8601 ({@code PT20M}) or a number with a unit ({@code 90s}, {@code 20m},
     * {@code 2h}).
     *
     * @param text the text
     * @return the positive duration
     * @throws IllegalArgumentException if it is not a positive duration
     */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            if (t.startsWith("p")) {
                d = Duration.parse(t.toUpperCase(Locale.ROOT));
            } else if (t.matches("\\d+(ms|s|m|h)")) {
                long n = Long.parseLong(t.replaceAll("\\D", ""));
                String unit = t.replaceAll("\\d", "");
                d = switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            } else {
                throw new DateTimeParseException("not a duration", text, 0);
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("time budget '" + text + "' is not a duration: write it like 90s, 20m, "
                    + "2h or PT20M", e);
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("time budget '" + text + "' must be positive");
        }
        return d;
    }
}
