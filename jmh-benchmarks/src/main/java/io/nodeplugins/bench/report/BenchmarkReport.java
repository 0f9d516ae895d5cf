package io.nodeplugins.bench.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a chosen subset of the benchmarks with short settings and writes, next to
 * {@code benchmarks.jar} (that is {@code jmh-benchmarks/target/}): the JMH JSON
 * ({@code jmh-result.json}), a Markdown report with the guarded/direct ratios and the targets
 * ({@code benchmark-report.md}) and a PNG chart ({@code benchmark-report.png}).
 *
 * <pre>
 * java -Djava.awt.headless=true -cp jmh-benchmarks/target/benchmarks.jar \
 *     io.nodeplugins.bench.report.BenchmarkReport [guarded|miss|contention|await|snapshot|all ...] \
 *     [--forks 1] [--warmup-iterations 2] [--warmup-time 1s] [--iterations 10] [--time 200ms] \
 *     [--out DIR] [--from-json FILE]
 * </pre>
 *
 * The GC profiler ({@code -prof gc}) is always on, for the bytes per operation. With
 * {@code --from-json} nothing is run: the report is rendered from an existing JMH JSON file. The
 * benchmark forks inherit this JVM's arguments (JMH's default), {@code -Dnodeplugins.factory=...}
 * among them. Not
 * thread-safe; meant to be run once from the command line.
 */
public final class BenchmarkReport {

    /** The JMH JSON's file name. */
    public static final String JSON = "jmh-result.json";
    /** The Markdown report's file name. */
    public static final String MARKDOWN = "benchmark-report.md";
    /** The chart's file name. */
    public static final String CHART = "benchmark-report.png";

    private BenchmarkReport() {
    }

    /**
     * Runs the report; see the class comment for the arguments.
     *
     * @param args the arguments
     * @throws Exception if the run or the writing fails; a wrong argument prints the usage and exits 2
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(Arguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.help) {
            System.out.println(Arguments.USAGE);
            return;
        }
        Path out = arguments.out != null ? arguments.out : defaultOutputDirectory();
        Files.createDirectories(out);
        Path json = arguments.fromJson != null ? arguments.fromJson : run(arguments, out.resolve(JSON));
        List<Target> targets = write(JmhResults.read(json), out);
        System.out.println();
        System.out.println("JMH JSON: " + json.toAbsolutePath());
        System.out.println("Markdown: " + out.resolve(MARKDOWN).toAbsolutePath());
        System.out.println("Chart:    " + out.resolve(CHART).toAbsolutePath());
        for (Target t : targets) {
            System.out.println("  " + t.verdict() + ": " + t.name() + " = " + t.measured() + " (goal " + t.goal() + ")");
        }
    }

    /**
     * Writes the Markdown report and the chart of a run's results into a directory.
     *
     * @param results the results
     * @param out     the directory
     * @return the evaluated targets
     * @throws IOException if a file cannot be written
     */
    static List<Target> write(JmhResults results, Path out) throws IOException {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("the JMH result holds no benchmark: nothing to report");
        }
        Files.createDirectories(out);
        int panels = ReportChart.write(results, out.resolve(CHART));
        List<Target> targets = Targets.evaluate(results);
        Files.writeString(out.resolve(MARKDOWN), MarkdownReport.render(results, targets, panels > 0 ? CHART : null),
                StandardCharsets.UTF_8);
        return targets;
    }

    private static Path run(Arguments arguments, Path json) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(arguments.forks)
                .warmupIterations(arguments.warmupIterations)
                .warmupTime(arguments.warmupTime)
                .measurementIterations(arguments.iterations)
                .measurementTime(arguments.time)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString());
        for (Subset subset : arguments.subsets) {
            options.include(subset.includePattern());
        }
        new Runner(options.build()).run();
        return json;
    }

    /** The directory that holds benchmarks.jar (or target/ when run from target/classes). */
    private static Path defaultOutputDirectory() {
        try {
            Path source = Path.of(BenchmarkReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = source.getParent();
            if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")) {
                return parent;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory's target/
        }
        return Path.of("target");
    }

    /** The parsed command line. */
    static final class Arguments {
        static final String USAGE = String.join("\n",
                "usage: java -Djava.awt.headless=true -cp jmh-benchmarks/target/benchmarks.jar "
                        + BenchmarkReport.class.getName() + " [SUBSET ...] [OPTIONS]",
                "  SUBSET: guarded, miss, contention, await, snapshot or all (default all); comma lists work too",
                "  --forks N              forks per benchmark (default 1)",
                "  --warmup-iterations N  warm-up iterations (default 2)",
                "  --warmup-time T        warm-up iteration time, e.g. 500ms, 1s (default 1s: C2 must have compiled the "
                        + "65,536-node paths on a busy machine)",
                "  --iterations N         measurement iterations (default 10)",
                "  --time T               measurement iteration time (default 200ms)",
                "  --out DIR              where to write (default: the directory holding benchmarks.jar)",
                "  --from-json FILE       run nothing; render the report from an existing JMH JSON file",
                "  --help                 this text");

        Set<Subset> subsets;
        int forks = 1;
        int warmupIterations = 2;
        TimeValue warmupTime = TimeValue.seconds(1);
        int iterations = 10;
        TimeValue time = TimeValue.milliseconds(200);
        Path out;
        Path fromJson;
        boolean help;

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            List<String> subsets = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h" -> a.help = true;
                    case "--forks" -> a.forks = positive(arg, value(args, ++i, arg), 1); // 0 would share one JIT profile
                    case "--warmup-iterations" -> a.warmupIterations = positive(arg, value(args, ++i, arg), 0);
                    case "--warmup-time" -> a.warmupTime = time(arg, value(args, ++i, arg));
                    case "--iterations" -> a.iterations = positive(arg, value(args, ++i, arg), 1);
                    case "--time" -> a.time = time(arg, value(args, ++i, arg));
                    case "--out" -> a.out = Path.of(value(args, ++i, arg));
                    case "--from-json" -> a.fromJson = Path.of(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option '" + arg + "'");
                        }
                        subsets.add(arg);
                    }
                }
            }
            a.subsets = Subset.parse(subsets);
            return a;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String option, String value, int min) {
            try {
                int n = Integer.parseInt(value);
                if (n < min) {
                    throw new IllegalArgumentException(option + " must be at least " + min + ", got " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'", e);
            }
        }

        private static TimeValue time(String option, String value) {
            try {
                return TimeValue.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " needs a time such as 500ms or 1s, got '" + value + "'", e);
            }
        }
    }
}
