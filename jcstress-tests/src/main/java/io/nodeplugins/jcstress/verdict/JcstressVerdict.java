package io.nodeplugins.jcstress.verdict;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.registry.NodeRegistryFactory;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.runners.TestList;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The verdict check run after jcstress in {@code mvn verify}. jcstress exits 0 whatever it observed,
 * even when no test matched, so this check reads the run's console output and its binary result
 * blob (with jcstress's own reader, so no report format is parsed) and fails the build unless:
 * <ul>
 *   <li>the final line reads "(Results: N planned; N passed, 0 failed, 0 soft errs, 0 hard errs)"
 *       with N &gt; 0;</li>
 *   <li>every selected test ran, except tests with more actors than jcstress had CPUs (jcstress
 *       cannot schedule those; they are listed as not run);</li>
 *   <li>no test observed a forbidden or ungraded outcome;</li>
 *   <li>every negative control observed its bug at least once: an outcome one of its named
 *       interesting outcomes matches (its catch-all does not count).</li>
 * </ul>
 * It also writes {@value #VERDICT_TABLE} into the results directory: one tab-separated row per
 * selected test (test, clause, role, PASS/FAIL/NOT-RUN, samples, observed outcomes and problems).
 * {@link JcstressRun} runs jcstress and then this check.
 */
public final class JcstressVerdict {

    /** The per-test table the verdict writes into the results directory, for the main job's report. */
    static final String VERDICT_TABLE = "verdict.tsv";
    /** The table's first line. */
    static final String TABLE_HEADER = String.join("\t", "test", "clause", "role", "verdict", "samples", "detail");

    private JcstressVerdict() {
    }

    /**
     * Prints the verdict after {@link #judge}: PASSED, or FAILED with every problem and where to look.
     *
     * @param dir      the results directory
     * @param failures what {@link #judge} returned
     * @param out      where to print
     * @return true if the run passed
     */
    static boolean print(Path dir, List<String> failures, PrintStream out) {
        out.println();
        if (failures.isEmpty()) {
            out.println("jcstress verdict: PASSED");
            return true;
        }
        out.println("jcstress verdict: FAILED (" + failures.size() + " problem" + (failures.size() == 1 ? "" : "s") + ")");
        for (String f : failures) {
            out.println("  - " + f);
        }
        out.println("  Console output: " + dir.resolve("console.log"));
        out.println("  HTML report:    " + dir.resolve("index.html"));
        out.println("  jcstress has no seed: a replay reruns the test, and a longer effort"
                + " (-Dnodeplugins.effort=thorough) raises the odds of seeing a rare outcome.");
        return false;
    }

    /**
     * Adds the tests that did not apply to the verdict table, as {@code N/A} rows.
     *
     * @param dir           the results directory, holding the table
     * @param notApplicable test name to why it did not apply
     * @throws java.io.IOException if the table cannot be written
     */
    static void appendNotApplicable(Path dir, Map<String, String> notApplicable) throws java.io.IOException {
        List<String> rows = new ArrayList<>();
        notApplicable.forEach((test, why) -> rows.add(TestJudgement.notApplicableRow(test, why)));
        Files.write(dir.resolve(VERDICT_TABLE), rows, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    /** Judges the run in {@code dir}; prints the report and returns the failures (empty when it passed). */
    static List<String> judge(Path dir, String filter, PrintStream out) throws Exception {
        List<String> failures = new ArrayList<>();
        ConsoleLog console = ConsoleLog.read(dir.resolve("console.log"));
        for (String line : console.fatalLines()) {
            failures.add("jcstress said: " + line);
        }
        if (!console.hasResultsLine()) {
            failures.add("jcstress printed no final Results line: it ran no test (does -t '" + filter
                    + "' match any?) or it crashed; see console.log");
        }
        if (console.blob() == null) {
            failures.add("jcstress named no result blob in its console output");
            return failures;
        }

        // jcstress writes the blob into its working directory: the results directory in the build.
        Path blob = Files.exists(dir.resolve(console.blob())) ? dir.resolve(console.blob()) : Paths.get(console.blob());
        Map<String, TestResult> results = readResults(blob);
        int cpus = console.cpus().orElse(Runtime.getRuntime().availableProcessors());
        Pattern selection = Pattern.compile(filter);

        String implementation;
        try {
            implementation = ImplementationUnderTest.describe();
        } catch (ExceptionInInitializerError e) { // the forks failed the same way; their errors are below
            implementation = "an implementation that cannot be loaded";
            failures.add("the implementation under test cannot be loaded: " + e.getCause().getMessage());
        }
        out.println("jcstress verdict for " + implementation + " (" + dir + ")");
        out.println("  " + console.resultsLine());
        out.println();
        int ran = 0;
        List<String> table = new ArrayList<>();
        table.add(TABLE_HEADER);
        int failedTests = 0;
        for (String name : new TreeSet<>(TestList.tests())) {
            if (!selection.matcher(name).find()) { // the same selection rule as jcstress -t
                continue;
            }
            TestResult result = results.remove(name);
            if (result == null) {
                TestInfo info = TestList.getInfo(name);
                if (info.threads() > cpus) {
                    out.printf("  [NOT RUN] %s: it has %d actors and jcstress had %d CPUs%n%n", name, info.threads(), cpus);
                    table.add(TestJudgement.notRunRow(name, info.threads(), cpus));
                } else {
                    failures.add(name + " was selected but did not run");
                }
                continue;
            }
            ran++;
            TestJudgement judgement = TestJudgement.of(result);
            judgement.printOn(out);
            table.add(judgement.tsvRow());
            out.println();
            failedTests += judgement.problems().isEmpty() ? 0 : 1;
            for (String problem : judgement.problems()) {
                failures.add(name + ": " + problem + "\n      replay: mvn -B -pl jcstress-tests -am verify -Djcstress.tests="
                        + testClassAndVariant(name) + factoryOption());
            }
        }
        for (String unexpected : results.keySet()) {
            failures.add(unexpected + " ran but is not in the selection '" + filter + "'");
        }
        if (ran == 0) {
            failures.add("no test ran (selection '" + filter + "')");
        }
        // A final line that only counts the failed tests listed above restates them; anything else is news.
        if (console.hasResultsLine() && !console.isClean() && !console.onlyFailedTests(failedTests)) {
            failures.add("jcstress's final line is " + console.resultsLine()
                    + "; expected N planned, N passed, 0 failed, 0 soft errs, 0 hard errs with N > 0");
        }
        Files.write(dir.resolve(VERDICT_TABLE), table, StandardCharsets.UTF_8);
        return failures;
    }

    /** "io.x.c3.C3_Name.Variant" becomes "C3_Name.Variant", a -t regexp that selects just that test. */
    private static String testClassAndVariant(String testName) {
        int variant = testName.lastIndexOf('.');
        int testClass = testName.lastIndexOf('.', variant - 1);
        return testName.substring(testClass + 1);
    }

    private static String factoryOption() {
        String factory = System.getProperty(NodeRegistryFactory.PROPERTY, "").trim();
        return factory.isEmpty() ? "" : " '-D" + NodeRegistryFactory.PROPERTY + "=" + factory + "'";
    }

    private static Map<String, TestResult> readResults(Path blob) throws Exception {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(blob.toString(), collector);
        try {
            reader.dump();
        } finally {
            reader.close();
        }
        Map<String, TestResult> byName = new TreeMap<>();
        for (TestResult merged : ReportUtils.mergedByName(collector.getTestResults())) {
            byName.put(merged.getName(), merged);
        }
        return byName;
    }
}
