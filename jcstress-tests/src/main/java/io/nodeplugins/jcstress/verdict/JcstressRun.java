package io.nodeplugins.jcstress.verdict;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.suite.Shard;
import io.nodeplugins.registry.NodeRegistryFactory;
import org.openjdk.jcstress.infra.runners.TestList;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs the jcstress tests of this jar, then the {@link JcstressVerdict verdict}: the one way both
 * {@code mvn verify} and the main job run jcstress. The jcstress options come from the kit's
 * {@link Settings} (the {@code nodeplugins.effort} level, or {@code -Dnodeplugins.jcstress=...}), the
 * implementation under test from {@code -Dnodeplugins.factory}; both reach the forked JVMs. jcstress's
 * console output goes to {@code <results dir>/console.log}, its HTML report and result blob into the
 * results directory; progress and the verdict go to standard output.
 *
 * <pre>
 * java [-Dnodeplugins.factory=F] [-Dnodeplugins.effort=ci|thorough] -cp jcstress.jar[:my.jar] \
 *     io.nodeplugins.jcstress.verdict.JcstressRun &lt;results dir&gt; [&lt;test regexp&gt;] [--implementation-only]
 *     [--shard K/N]
 * </pre>
 *
 * {@code --implementation-only} leaves the negative controls out (they test the suite, not the
 * implementation); {@code --shard K/N} (with it) runs every N-th of the selected tests in name order,
 * starting with the K-th, so that N machines share them (a shard without a test passes at once, as
 * does a selection whose tests all do not apply: their {@code N/A} rows are the table).
 * Exit status: 0 when the verdict passed, 1 when it failed (a forbidden outcome, a
 * control that missed its bug, a test that did not run), 2 on bad usage or when jcstress ran no test
 * (its options did not parse, nothing matched, or it crashed). Stateless: each run reads the system
 * properties and writes only into its results directory.
 */
public final class JcstressRun {

    /** Exit status: the verdict passed. */
    static final int PASSED = 0;
    /** Exit status: the verdict failed. */
    static final int FAILED = 1;
    /** Exit status: bad usage, or jcstress could not run. */
    static final int NOT_RUN = 2;

    private static final String USAGE = "usage: JcstressRun <results dir> [<test regexp>] [--implementation-only]"
            + " [--shard K/N]";

    private JcstressRun() {
    }

    /**
     * Runs jcstress and the verdict, then exits with the status above.
     *
     * @param args the results directory, an optional test regexp (default ".*"), and optionally
     *             {@code --implementation-only}
     * @throws Exception if the verdict cannot read jcstress's result blob
     */
    public static void main(String[] args) throws Exception {
        System.exit(run(List.of(args), System.out));
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        List<String> positional = new ArrayList<>(args);
        boolean implementationOnly = positional.remove("--implementation-only");
        Shard shard = Shard.WHOLE;
        int at = positional.indexOf("--shard");
        if (at >= 0 && at + 1 < positional.size()) {
            try {
                shard = Shard.parse(positional.get(at + 1));
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage());
                out.println(USAGE);
                return NOT_RUN;
            }
            positional.subList(at, at + 2).clear();
        }
        if (positional.isEmpty() || positional.size() > 2 || positional.stream().anyMatch(a -> a.startsWith("--"))
                || !shard.isWhole() && !implementationOnly) {
            out.println(USAGE);
            return NOT_RUN;
        }
        Path dir = Path.of(positional.get(0)).toAbsolutePath();
        String regexp = positional.size() == 2 ? positional.get(1) : ".*";
        Map<String, String> notApplicable = implementationOnly ? notApplicable(regexp) : Map.of();
        List<String> tests = implementationOnly ? shard(implementationTests(regexp, notApplicable.keySet()), shard)
                : List.of();
        Files.createDirectories(dir);
        if (implementationOnly && tests.isEmpty() && (!shard.isWhole() || !notApplicable.isEmpty())) {
            // Nothing to run: a shard without a test, or a selection of tests that all do not apply.
            out.println("jcstress: " + (shard.isWhole() ? "the run" : "shard " + shard) + " has no test of the selection '"
                    + regexp + "'" + (notApplicable.isEmpty() ? "" : " that applies to the implementation"));
            Files.write(dir.resolve(JcstressVerdict.VERDICT_TABLE), List.of(JcstressVerdict.TABLE_HEADER),
                    StandardCharsets.UTF_8);
            reportNotApplicable(dir, notApplicable, out);
            return PASSED;
        }
        String selection = implementationOnly ? exactly(tests) : regexp;
        Settings settings = Settings.fromSystemProperties();
        String factory = System.getProperty(NodeRegistryFactory.PROPERTY, "").trim();

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", absoluteClassPath(),
                "org.openjdk.jcstress.Main", "-t", selection, "-r", dir.toAbsolutePath().toString()));
        command.addAll(settings.jcstressArguments(factory));
        out.println("jcstress: " + String.join(" ", settings.jcstressArguments(factory)) + " (effort "
                + settings.effort().cliName() + "), tests '" + regexp + "'" + (implementationOnly ? " without controls" : "")
                + ", implementation " + (factory.isEmpty() ? "reference" : factory) + "; output in "
                + dir.resolve("console.log"));
        int exit = runLogged(command, dir, out);
        if (!ConsoleLog.read(dir.resolve("console.log")).hasResultsLine()) {
            // No final Results line: the options did not parse, no test matched, or jcstress crashed.
            out.println("jcstress ran no test (exit " + exit + "): its options did not parse, no test matched or it"
                    + " crashed; see " + dir.resolve("console.log"));
            return NOT_RUN;
        }
        // jcstress exits 1 when a test saw a forbidden outcome; the verdict reads the results either way
        // and is the one judge (it also fails a control that missed its bug, which jcstress counts as passed).
        List<String> failures = new ArrayList<>(JcstressVerdict.judge(dir, selection, out));
        reportNotApplicable(dir, notApplicable, out);
        if (exit != 0 && failures.isEmpty()) {
            failures.add("jcstress exited with " + exit + " although the verdict found nothing; see "
                    + dir.resolve("console.log"));
        }
        return JcstressVerdict.print(dir, failures, out) ? PASSED : FAILED;
    }

    /** The tests of this jar that {@code regexp} selects, are no negative control and apply. */
    static List<String> implementationTests(String regexp, Set<String> notApplicable) {
        Pattern selection = Pattern.compile(regexp);
        return new TreeSet<>(TestList.tests()).stream()
                .filter(name -> selection.matcher(name).find())
                .filter(name -> TestJudgement.controlOf(name) == null)
                .filter(name -> !notApplicable.contains(name))
                .collect(Collectors.toList());
    }

    /**
     * The selected tests of the implementation whose {@code @Requires} it does not meet (a feature it
     * does not offer, another semantics), with why: they do not run and count as n/a.
     */
    static Map<String, String> notApplicable(String regexp) {
        Pattern selection = Pattern.compile(regexp);
        Features features = ImplementationUnderTest.features();
        Map<String, String> skipped = new TreeMap<>();
        for (String name : new TreeSet<>(TestList.tests())) {
            if (!selection.matcher(name).find() || TestJudgement.controlOf(name) != null) {
                continue;
            }
            Requires requires = TestJudgement.testClass(name).getEnclosingClass().getAnnotation(Requires.class);
            if (requires == null) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (Feature f : requires.value()) {
                if (!features.offers(f)) {
                    missing.add(f.title());
                }
            }
            if (requires.semantics().length > 0 && !List.of(requires.semantics()).contains(features.semantics())) {
                missing.add(List.of(requires.semantics()) + " semantics");
            }
            if (!missing.isEmpty()) {
                skipped.put(name, "n/a: the registry does not offer " + String.join(", ", missing));
            }
        }
        return skipped;
    }

    /** Prints the tests that do not apply and adds them to the verdict table as {@code N/A} rows. */
    private static void reportNotApplicable(Path dir, Map<String, String> notApplicable, PrintStream out) throws IOException {
        notApplicable.forEach((test, why) -> out.printf("  [N/A] %s: %s%n", test, why));
        JcstressVerdict.appendNotApplicable(dir, notApplicable);
    }

    /** This shard's tests of a sorted list: every N-th, starting with the K-th ({@link Shard#ownsPosition}). */
    static List<String> shard(List<String> tests, Shard shard) {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            if (shard.ownsPosition(i)) {
                mine.add(tests.get(i));
            }
        }
        return mine;
    }

    /** A jcstress {@code -t} regexp that selects exactly {@code tests}. */
    static String exactly(List<String> tests) {
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("no test of the implementation under test matches the selection");
        }
        return tests.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(", ")$"));
    }

    /** Runs jcstress, copying its output to console.log and progress lines to {@code out}. */
    private static int runLogged(List<String> command, Path dir, PrintStream out) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(dir.resolve("console.log"), StandardCharsets.UTF_8)) {
            String line;
            long lastPrint = 0;
            while ((line = in.readLine()) != null) {
                log.write(line);
                log.write('\n');
                boolean progress = line.contains("(ETA:") && System.nanoTime() - lastPrint > 10_000_000_000L;
                if (progress || line.contains("(Results:")) {
                    lastPrint = System.nanoTime();
                    out.println("  " + line.strip());
                }
            }
        }
        return process.waitFor();
    }

    /** This JVM's class path with every entry made absolute: jcstress runs in the results folder. */
    static String absoluteClassPath() {
        StringBuilder cp = new StringBuilder();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                cp.append(cp.length() == 0 ? "" : java.io.File.pathSeparator).append(Path.of(entry).toAbsolutePath());
            }
        }
        return cp.toString();
    }
}
