package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The main job's command line: {@code [--mode ci|thorough|soak] [--budget 20m] [--factory CLASS]
 * [--classpath ENTRIES]... [--report DIR] [--jcstress-jar JAR] [--skip SUITE,...] [--shard K/N]
 * [--only CHECK [--seed SEED]] | --replay ID [--report DIR]}. Immutable.
 *
 * @param mode        the effort level ({@code --mode})
 * @param budget      the time budget (required for soak, refused otherwise)
 * @param factory     the implementation under test's factory class name, or empty for the reference
 * @param classPath   the registry's class path values ({@code --classpath}, repeatable): paths, a pom.xml
 *                    or Maven coordinates; see {@link UserClassPath}
 * @param reportDir   where the report goes ({@code summary.md}, {@code index.html}, {@code junit.xml},
 *                    {@code summary.json}); for a replay, where the report with the failure is
 * @param jcstressJar the jcstress uber-jar, or empty to look for it in the default place
 * @param skipped     the suites not to run ({@code --skip})
 * @param shard       the part of the work this run does ({@code --shard K/N}); whole by default
 * @param only        the one check to run ({@code --only}, a check's name in the report or its start)
 * @param seed        the seed of the first try ({@code --seed}, as {@code -Dnodeplugins.seed})
 * @param replay      the id of a failure in the report to replay ({@code --replay F3-7a2c})
 */
public record SuiteOptions(Effort mode, Optional<Duration> budget, Optional<String> factory, List<String> classPath,
                           Path reportDir, Optional<Path> jcstressJar, Set<Suite> skipped, Shard shard,
                           Optional<String> only, OptionalLong seed, Optional<String> replay) {

    /** The default report folder, relative to the working directory. */
    public static final Path DEFAULT_REPORT = Path.of("target", "suite-report");

    /** The usage text printed with every command-line error. */
    public static final String USAGE = String.join("\n",
            "usage: suite [--mode ci|thorough|soak] [--budget DURATION] [--factory CLASS] [--classpath ENTRIES]...",
            "             [--report DIR] [--jcstress-jar JAR] [--skip SUITE,...] [--shard K/N]",
            "             [--only CHECK [--seed SEED]] [-Dnodeplugins.SETTING=VALUE ...]",
            "       suite --replay ID [--report DIR]",
            "       suite merge [--report DIR] SHARD_DIR...",
            "  --mode      ci (default, about 1.5 minutes), thorough (about 15 minutes on 2 cores),",
            "              soak (the property suites in rounds with fresh seeds until --budget is spent, then jcstress)",
            "  --budget    a duration such as 90s, 20m, 2h or PT20M; required with --mode soak",
            "  --factory   a class implementing " + NodeRegistryFactory.class.getName() + " (default: the reference)",
            "  --classpath where the factory and the registry are: jars and class folders (':'-joined or repeated),",
            "              a pom.xml whose dependencies Maven resolves, or Maven coordinates group:artifact:version",
            "  --report    the report folder (default: target/suite-report); the files the suite wrote there before",
            "              are removed first, and a folder with other files is refused",
            "  --jcstress-jar  the jcstress-tests uber-jar (default: jcstress-tests/target/jcstress.jar if present)",
            "  --skip      suites not to run, comma-separated: " + Suite.cliNames() + "; the report says so",
            "  --shard     run part K of N: each of N machines runs its part, `suite merge` joins their reports",
            "  --only      run one check, by its name in the report (or the start of it), e.g. Sequential.everyCommandMixed",
            "  --seed      the seed of the first try of every property (a failure's seed replays it)",
            "  --replay    rerun a failure of the report in --report by its id (F3-7a2c): same check, factory,",
            "              class path, settings and seed; the replay's report goes to <report>/replay");

    /**
     * Checks the combination.
     *
     * @param mode        the mode
     * @param budget      the budget
     * @param factory     the factory class name
     * @param classPath   the class path values
     * @param reportDir   the report folder
     * @param jcstressJar the jcstress jar
     * @param skipped     the suites not to run
     * @param shard       the shard
     * @param only        the one check
     * @param seed        the seed
     * @param replay      the failure id to replay
     */
    public SuiteOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(factory, "factory");
        classPath = List.copyOf(classPath);
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(jcstressJar, "jcstressJar");
        skipped = skipped.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(skipped));
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(only, "only");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(replay, "replay");
        if (mode == Effort.SOAK && budget.isEmpty() && only.isEmpty()) {
            throw new IllegalArgumentException("--mode soak needs a time budget, for example --budget 30m");
        }
        if (mode != Effort.SOAK && budget.isPresent()) {
            throw new IllegalArgumentException("--budget applies only to --mode soak; --mode " + mode.cliName()
                    + " has fixed settings");
        }
        if (only.isPresent() && !shard.isWhole()) {
            throw new IllegalArgumentException("--only runs one check: it cannot be split with --shard");
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
        List<String> classPath = new ArrayList<>();
        Path report = DEFAULT_REPORT;
        Optional<Path> jar = Optional.empty();
        Set<Suite> skipped = EnumSet.noneOf(Suite.class);
        Shard shard = Shard.WHOLE;
        Optional<String> only = Optional.empty();
        OptionalLong seed = OptionalLong.empty();
        Optional<String> replay = Optional.empty();
        Set<String> seen = new HashSet<>();
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
            seen.add(option);
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
                case "--classpath":
                    classPath.add(value);
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
                case "--shard":
                    shard = Shard.parse(value);
                    break;
                case "--only":
                    only = Optional.of(value.trim()).filter(s -> !s.isEmpty());
                    break;
                case "--seed":
                    try {
                        seed = OptionalLong.of(Long.parseLong(value.trim()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--seed '" + value + "' is not a whole number: use the seed"
                                + " a failure printed", e);
                    }
                    break;
                case "--replay":
                    replay = Optional.of(value.trim()).filter(s -> !s.isEmpty());
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        if (replay.isPresent()) {
            seen.removeAll(Set.of("--replay", "--report", "--jcstress-jar"));
            if (!seen.isEmpty()) {
                throw new IllegalArgumentException("--replay takes the check, factory, class path and settings from the"
                        + " report; only --report and --jcstress-jar go with it, not " + String.join(", ", new TreeSet<>(seen)));
            }
        }
        return new SuiteOptions(mode, budget, factory, classPath, report, jar, skipped, shard, only, seed, replay);
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
