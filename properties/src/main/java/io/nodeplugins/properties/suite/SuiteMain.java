package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The main job, on the kit's public API: runs jcstress (through the jcstress jar's launcher) and the
 * kit's four contracts (the clause unit tests, the sequential and parallel properties, Lincheck)
 * against one implementation (a {@link NodeRegistryFactory} class; default the reference) with the
 * settings of one {@link Effort} level, and writes one report under {@code target/suite-report/}.
 * Exit code 0 when every clause passed, 1 on any violation, 2 on bad usage. The README's
 * {@code ./suite} script runs this class from the suite jar that Maven builds.
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
     * Runs the main job.
     *
     * @param args the command line
     * @param out  progress and the final verdict
     * @param err  usage errors
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        SuiteOptions options;
        String implementation;
        Settings settings;
        try {
            options = SuiteOptions.parse(Arrays.asList(args));
            implementation = options.factory().orElse(NodeRegistryFactory.Reference.class.getName());
            NodeRegistryFactory.load(implementation);
            settings = Settings.fromSystemProperties(options.mode()); // -Dnodeplugins.tries=... and the like
        } catch (IllegalArgumentException e) {
            err.println("suite: " + e.getMessage());
            err.println(SuiteOptions.USAGE);
            return USAGE;
        }
        long started = System.nanoTime();
        // Listener failures that the clause tests provoke on purpose are logged by the registry; keep
        // them out of the progress output (the tests assert on them).
        QUIET.setLevel(java.util.logging.Level.OFF);
        SuiteReport report = new SuiteReport(implementation, options.mode(),
                Features.of(NodeRegistryFactory.load(implementation)));
        configure(settings, implementation);
        out.printf("nodeplugins suite: mode %s, implementation %s%s%n", options.mode().cliName(), implementation,
                options.budget().map(b -> ", budget " + b).orElse(""));

        Optional<Path> jar = options.jcstressJar().or(SuiteMain::defaultJcstressJar);
        options.skipped().forEach(s -> report.notRun(s, "skipped (--skip " + s.cliName() + ")"));
        if (options.skipped().contains(Suite.JCSTRESS)) {
            out.println("[1/2] jcstress skipped");
        } else if (jar.isPresent() && Files.isRegularFile(jar.get())) {
            out.println("[1/2] jcstress (" + String.join(" ", settings.jcstress()) + ") ...");
            new JcstressSuite(out).run(jar.get(), implementation, settings, report, options.reportDir(), started);
        } else {
            report.notRun(Suite.JCSTRESS, "no jcstress jar (build it with mvn -B -DskipTests package, or pass --jcstress-jar)");
            if (options.jcstressJar().isPresent()) {
                report.problem("jcstress jar " + options.jcstressJar().get() + " does not exist");
            }
        }

        out.println("[2/2] unit tests, sequential and parallel properties, Lincheck ...");
        ContractSuites properties = new ContractSuites(out, options.skipped());
        int round = 1;
        long roundsStarted = System.nanoTime();
        properties.run(report, round, started);
        if (options.mode() == Effort.SOAK) {
            long budgetEnds = started + options.budget().orElseThrow().toNanos();
            while (report.passed()) {
                long perRound = (System.nanoTime() - roundsStarted) / round;
                if (System.nanoTime() + perRound > budgetEnds) {
                    break; // another round would overrun the budget
                }
                round++;
                properties.run(report, round, started);
            }
            String rounds = String.format("soak: %d round%s of the property suites with fresh seeds, %s each on average,"
                    + " within the budget of %s", round, round == 1 ? "" : "s",
                    SuiteReport.format(Duration.ofNanos((System.nanoTime() - roundsStarted) / round)),
                    SuiteReport.format(options.budget().orElseThrow()));
            out.println(rounds);
            report.note(rounds);
        }

        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        try {
            report.write(options.reportDir(), wall);
        } catch (IOException e) {
            err.println("suite: cannot write the report to " + options.reportDir() + ": " + e);
            return VIOLATION;
        }
        out.println();
        out.print(report.toMarkdown(wall));
        out.printf("%nreport: %s%n", options.reportDir().resolve("index.html").toAbsolutePath());
        return switch (report.verdict()) {
            case PASS -> PASSED;
            case FAIL -> VIOLATION;
            case INCOMPLETE -> INCOMPLETE;
        };
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
}
