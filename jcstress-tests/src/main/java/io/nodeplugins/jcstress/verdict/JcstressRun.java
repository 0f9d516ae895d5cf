package io.nodeplugins.jcstress.verdict;

import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.engine.core.Settings;
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
 * </pre>
 *
 * {@code --implementation-only} leaves the negative controls out (they test the suite, not the
 * implementation). Exit status: 0 when the verdict passed, 1 when it failed (a forbidden outcome, a
 * control that missed its bug, a test that did not run), 2 on bad usage or when jcstress ran no test
 * (its options did not parse, nothing matched, or it crashed).
 */
public final class JcstressRun {

    /** Exit status: the verdict passed. */
    static final int PASSED = 0;
    /** Exit status: the verdict failed. */
    static final int FAILED = 1;
    /** Exit status: bad usage, or jcstress could not run. */
    static final int NOT_RUN = 2;

    private static final String USAGE = "usage: JcstressRun <results dir> [<test regexp>] [--implementation-only]";

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
        if (positional.isEmpty() || positional.size() > 2 || positional.stream().anyMatch(a -> a.startsWith("--"))) {
            out.println(USAGE);
            return NOT_RUN;
        }
        Path dir = Path.of(positional.get(0)).toAbsolutePath();
        String regexp = positional.size() == 2 ? positional.get(1) : ".*";
        String selection = implementationOnly ? exactly(implementationTests(regexp)) : regexp;
        Settings settings = Settings.fromSystemProperties();
        String factory = System.getProperty(NodeRegistryFactory.PROPERTY, "").trim();

        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.openjdk.jcstress.Main", "-t", selection, "-r", dir.toString()));
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
        if (exit != 0 && failures.isEmpty()) {
            failures.add("jcstress exited with " + exit + " although the verdict found nothing; see "
                    + dir.resolve("console.log"));
        }
        return JcstressVerdict.print(dir, failures, out) ? PASSED : FAILED;
    }

    /** The tests of this jar that {@code regexp} selects and that are not negative controls. */
    static List<String> implementationTests(String regexp) {
        Pattern selection = Pattern.compile(regexp);
        return new TreeSet<>(TestList.tests()).stream()
                .filter(name -> selection.matcher(name).find())
                .filter(name -> TestJudgement.controlOf(name) == null)
                .collect(Collectors.toList());
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
}
