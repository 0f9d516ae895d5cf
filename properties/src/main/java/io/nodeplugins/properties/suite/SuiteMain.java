package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The main job, on the kit's public API: runs jcstress (through the jcstress jar's launcher) and the
 * kit's four contracts (the clause unit tests, the sequential and parallel properties, Lincheck)
 * against one implementation (a {@link NodeRegistryFactory} class; default the reference) with the
 * settings of one {@link Effort} level, and writes one report under {@code target/suite-report/}:
 * the contracts first (the unit contract first), so that a broken registry is detected early, then
 * jcstress. Every check has a time limit ({@link TimeLimits}). {@code --shard K/N} runs one part of
 * the work, {@code merge} joins the parts' reports ({@link Merge}), {@code --replay ID} reruns one
 * failure of a report. Exit code 0 when every clause passed, 1 on any violation, 2 on bad usage, 3
 * when no clause failed but a check could not be judged. The README's {@code ./suite} script runs
 * this class from the suite jar that Maven builds. Not thread-safe: a run sets the JVM's system
 * properties (the factory, the settings) and its thread's context class loader, and restores them at
 * its end, so one JVM runs one job at a time.
 */
public final class SuiteMain {

    /** Exit code when every clause passed. */
    public static final int PASSED = 0;
    /** Exit code on any violation. */
    public static final int VIOLATION = 1;
    /** Exit code on bad usage (unknown mode, bad budget, unusable factory). */
    public static final int USAGE = 2;
    /** Exit code when no clause failed but the suite could not judge everything (suite errors, problems). */
    public static final int INCOMPLETE = 3;

    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("io.nodeplugins.registry");

    private SuiteMain() {
    }

    /**
     * Runs the main job and exits with its code.
     *
     * @param args see {@link SuiteOptions#USAGE}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the main job, a merge ({@code merge DIR...}) or a replay ({@code --replay ID}).
     *
     * @param args the command line
     * @param out  progress and the final verdict
     * @param err  usage errors
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("merge")) {
            return Merge.run(Arrays.asList(args).subList(1, args.length), out, err);
        }
        // The run sets the factory and the settings as system properties for the contracts; a caller
        // that runs the job in its own JVM (a test, a shard after a shard) gets its own back.
        Properties saved = (Properties) System.getProperties().clone();
        try {
            return runSaved(args, out, err);
        } finally {
            System.setProperties(saved);
        }
    }

    private static int runSaved(String[] args, PrintStream out, PrintStream err) {
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(Arrays.asList(args));
            if (options.replay().isPresent()) {
                options = replayOptions(options, out);
            }
        } catch (IllegalArgumentException e) {
            return usage(e, err);
        }
        UserClassPath classPath;
        try {
            classPath = Boolean.getBoolean(UserClassPath.ON_CLASS_PATH)
                    ? UserClassPath.onClassPath(options.classPath(), Path.of(""))
                    : UserClassPath.resolve(options.classPath(), Path.of(""), out);
        } catch (IllegalArgumentException e) {
            return usage(e, err);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader loader = classPath.loader(previous);
        thread.setContextClassLoader(loader);
        try {
            return run(options, classPath, out, err);
        } finally {
            thread.setContextClassLoader(previous);
            if (loader != previous && loader instanceof Closeable closeable) {
                try {
                    closeable.close();
                } catch (IOException ignored) {
                    // the run is over; a class loader that does not close leaks only file handles
                }
            }
        }
    }

    private static int usage(IllegalArgumentException e, PrintStream err) {
        err.println("suite: " + e.getMessage());
        err.println(SuiteOptions.USAGE);
        return USAGE;
    }

    private static int run(SuiteOptions options, UserClassPath classPath, PrintStream out, PrintStream err) {
        String implementation;
        NodeRegistryFactory factory;
        Settings userSettings;
        Settings settings;
        try {
            implementation = options.factory().orElse(NodeRegistryFactory.Reference.class.getName());
            factory = NodeRegistryFactory.load(implementation);
            userSettings = Settings.fromSystemProperties(options.mode()); // -Dnodeplugins.tries=... and the like
            if (options.seed().isPresent()) {
                userSettings = userSettings.withSeed(options.seed().getAsLong());
            }
            settings = forShard(userSettings, options.shard());
            TimeLimits.of(Suite.UNIT, settings); // a malformed -Dnodeplugins.timeout is bad usage
            ReportDir.prepare(options.reportDir());
        } catch (IllegalArgumentException e) {
            return usage(e, err);
        }
        long started = System.nanoTime();
        // Listener failures that the clause tests provoke on purpose are logged by the registry; keep
        // them out of the progress output (the tests assert on them).
        QUIET.setLevel(java.util.logging.Level.OFF);
        SuiteReport report = new SuiteReport(implementation, options.mode(), Features.of(factory));
        SuiteRun run = new SuiteRun(options.mode(), implementation, classPath.given(), SuiteRun.overridesOf(userSettings));
        report.run(run);
        if (!options.shard().isWhole()) {
            report.shard(options.shard().toString());
        }
        configure(settings, implementation);
        out.printf("nodeplugins suite: mode %s, implementation %s%s%s%s%n", options.mode().cliName(), implementation,
                options.budget().map(b -> ", budget " + b).orElse(""),
                options.shard().isWhole() ? "" : ", shard " + options.shard(),
                options.only().map(o -> ", only " + o).orElse(""));
        options.skipped().forEach(s -> report.notRun(s, "skipped (--skip " + s.cliName() + ")"));
        ContractSuites.Selection selection = new ContractSuites.Selection(options.only(), options.shard());

        out.println("[1/2] unit tests, sequential and parallel properties, Lincheck ...");
        ContractSuites properties = new ContractSuites(out, options.skipped(), selection, run, settings);
        properties.run(report, options.shard().index(), started);
        Duration jcstressTime = runJcstress(options, classPath, run, settings, selection, report, out, started);
        if (options.mode() == Effort.SOAK && options.only().isEmpty()) {
            soak(options, settings, properties, report, started, jcstressTime, out);
        }

        if (options.only().isPresent() && report.checks().isEmpty() && report.problems().isEmpty()) {
            report.problem("--only '" + options.only().get() + "' matched no check: use a check's name from a report,"
                    + " such as Sequential.everyCommandMixed, Unit.C3HandleScopedRemoval or"
                    + " C3_OlderCloseRacingNewerRegister.UnderTest");
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        try {
            report.write(options.reportDir(), wall);
        } catch (IOException e) {
            err.println("suite: cannot write the report to " + options.reportDir() + ": " + e);
            return INCOMPLETE;
        }
        out.println();
        out.print(report.toMarkdown(wall, SuiteReport.replayArgument(options.reportDir())));
        out.printf("%nreport: %s (summary.md, junit.xml, summary.json)%n",
                ReportText.relative(options.reportDir().resolve("index.html").toAbsolutePath().toString()));
        return exitCode(report.verdict());
    }

    /** Runs jcstress unless skipped or another suite's check was asked for; returns how long it took. */
    private static Duration runJcstress(SuiteOptions options, UserClassPath classPath, SuiteRun run, Settings settings,
                                        ContractSuites.Selection selection, SuiteReport report, PrintStream out,
                                        long started) {
        long begin = System.nanoTime();
        Optional<Path> jar = options.jcstressJar().or(SuiteMain::defaultJcstressJar);
        if (options.skipped().contains(Suite.JCSTRESS)) {
            out.println("[2/2] jcstress skipped");
        } else if (!selection.mayInclude(Suite.JCSTRESS)) {
            out.println("[2/2] jcstress: not the check asked for");
        } else if (jar.isPresent() && Files.isRegularFile(jar.get())) {
            out.println("[2/2] jcstress (" + String.join(" ", settings.jcstress()) + ") ...");
            new JcstressSuite(out).run(jar.get(), run, classPath, settings, selection, report, options.reportDir(),
                    started);
        } else {
            report.notRun(Suite.JCSTRESS, "no jcstress jar (build it with mvn -B -DskipTests package, or pass --jcstress-jar)");
            if (options.jcstressJar().isPresent()) {
                report.problem("jcstress jar " + options.jcstressJar().get() + " does not exist");
            }
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /**
     * Soak: more rounds of the contracts with fresh seeds (or, with a fixed seed, seeds drawn from it
     * per round) until another round would overrun the budget. A shard's rounds are numbered K, K+N,
     * K+2N, ... so that the rounds of all shards are distinct.
     */
    private static void soak(SuiteOptions options, Settings settings, ContractSuites properties, SuiteReport report,
                             long started, Duration jcstressTime, PrintStream out) {
        long budgetEnds = started + options.budget().orElseThrow().toNanos();
        long contractsTime = System.nanoTime() - started - jcstressTime.toNanos();
        Shard shard = options.shard();
        int round = shard.index();
        int rounds = 1;
        while (report.passed() && System.nanoTime() + contractsTime / rounds <= budgetEnds) {
            round += shard.count();
            rounds++;
            if (settings.seed().isPresent()) {
                System.setProperty(Settings.SEED, Long.toString(roundSeed(settings.seed().getAsLong(), round)));
            }
            long before = System.nanoTime();
            properties.run(report, round, started);
            contractsTime += System.nanoTime() - before;
        }
        String jcstress = options.skipped().contains(Suite.JCSTRESS) ? "jcstress skipped"
                : "jcstress once (" + SuiteReport.format(jcstressTime) + ")";
        String summary = String.format("soak%s: %d round%s of the contracts, %s each on average, and %s, within the"
                        + " budget of %s", shard.isWhole() ? "" : " (shard " + shard + ")", rounds, rounds == 1 ? "" : "s",
                SuiteReport.format(Duration.ofNanos(contractsTime / rounds)), jcstress,
                SuiteReport.format(options.budget().orElseThrow()));
        out.println(summary);
        report.note(summary);
    }

    private static Optional<Path> defaultJcstressJar() {
        for (Path p : new Path[] {Path.of("jcstress-tests", "target", "jcstress.jar"), Path.of("..", "jcstress-tests", "target", "jcstress.jar")}) {
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Sets the system properties the contracts read: the factory and the settings, nothing else. */
    private static void configure(Settings settings, String implementation) {
        System.setProperty(NodeRegistryFactory.PROPERTY, implementation);
        Settings.OVERRIDES.forEach(System::clearProperty);
        settings.asSystemProperties().forEach(System::setProperty);
    }

    /**
     * Returns a shard's settings: its share of the sequential tries, the parallel scenarios and the
     * Lincheck iterations, and a seed of its own when the seed is fixed. Soak rounds are not divided:
     * each shard runs rounds of its own until the budget is spent.
     */
    static Settings forShard(Settings s, Shard shard) {
        if (shard.isWhole() || s.effort() == Effort.SOAK) {
            return s;
        }
        OptionalLong seed = s.seed().isPresent() ? OptionalLong.of(shard.seed(s.seed().getAsLong())) : s.seed();
        return new Settings(s.effort(), shard.share(s.tries()), s.maxSteps(), seed, shard.share(s.scenarios()), s.runs(),
                s.shrinkRuns(), s.shrinkMillis(), s.lincheckScale() / shard.count(), s.jcstress());
    }

    /** The seed of soak round {@code round} when the run's seed is fixed: the seed itself for round 1. */
    static long roundSeed(long seed, int round) {
        return round == 1 ? seed : new SplittableRandom(seed + round).nextLong();
    }

    /**
     * Returns the exit code of a verdict.
     *
     * @param verdict the verdict
     * @return {@link #PASSED}, {@link #VIOLATION} or {@link #INCOMPLETE}
     */
    static int exitCode(SuiteReport.Verdict verdict) {
        return switch (verdict) {
            case PASS -> PASSED;
            case FAIL -> VIOLATION;
            case INCOMPLETE -> INCOMPLETE;
        };
    }

    /**
     * The options of a replay by id: the failure's check and seed, and the factory, class path, mode
     * and setting overrides of the run that found it (set as system properties here); the replay's
     * report goes to the {@code replay} sub-folder.
     */
    private static SuiteOptions replayOptions(SuiteOptions options, PrintStream out) {
        SummaryJson.Loaded loaded = SummaryJson.read(options.reportDir());
        String wanted = options.replay().orElseThrow();
        SummaryJson.FailureRef failure = loaded.failures().get(wanted);
        if (failure == null) { // the hash after the dash is stable across renumbering (a merged report)
            String hash = wanted.substring(wanted.indexOf('-') + 1);
            List<SummaryJson.FailureRef> same = loaded.failures().values().stream()
                    .filter(f -> f.id().endsWith("-" + hash)).toList();
            failure = same.size() == 1 ? same.get(0) : null;
        }
        if (failure == null) {
            throw new IllegalArgumentException("no failure '" + wanted + "' in " + options.reportDir().resolve("summary.json")
                    + (loaded.failures().isEmpty() ? ": that run had no failure" : ": its failures are "
                    + String.join(", ", loaded.failures().keySet())));
        }
        SuiteRun run = loaded.report().runInfo();
        Settings.OVERRIDES.forEach(System::clearProperty);
        System.clearProperty(TimeLimits.PROPERTY);
        run.overrides().forEach(System::setProperty);
        out.printf("replaying %s: %s%s of %s%n", failure.id(), failure.check(),
                failure.seed().isPresent() ? " with seed " + failure.seed().getAsLong() : "", run.implementation());
        return new SuiteOptions(run.mode(), Optional.empty(), Optional.of(run.implementation()), run.classPath(),
                options.reportDir().resolve("replay"), options.jcstressJar(), Set.of(), Shard.WHOLE,
                Optional.of(failure.check()), failure.seed(), Optional.empty());
    }

}
