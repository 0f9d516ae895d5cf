package io.nodeplugins.jcstress.verdict;

import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.contract.DeclaredClauses;
import io.nodeplugins.registry.Clause;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.TestGrading;
import org.openjdk.jcstress.infra.runners.TestList;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * The verdict on one jcstress test, merged over its forks. A test of the implementation under test
 * passes when it ran normally and no outcome graded {@code FORBIDDEN} (or not graded at all) was
 * observed. A {@link NegativeControl} passes only when, in addition, it observed its bug: at least
 * one outcome that one of its {@code ACCEPTABLE_INTERESTING} outcomes with an id names. An outcome
 * graded only by the control's catch-all (an {@code @Outcome} without id) does not count: it may be
 * a fault of the test's own code, not the bug the control is about. Immutable.
 */
final class TestJudgement {

    private final String name;
    private final String control; // the faulty registry's simple name, or null for a test of the implementation
    private final long samples;
    private final long interesting;
    private final List<GradingResult> outcomes;
    private final List<String> problems;

    private TestJudgement(String name, String control, long samples, long interesting,
                          List<GradingResult> outcomes, List<String> problems) {
        this.name = name;
        this.control = control;
        this.samples = samples;
        this.interesting = interesting;
        this.outcomes = outcomes;
        this.problems = problems;
    }

    /** Judges the merged result of one test. */
    static TestJudgement of(TestResult result) {
        String name = result.getName();
        String control = controlOf(name);
        List<String> problems = new ArrayList<>();
        if (clauseOf(name).isEmpty()) {
            problems.add("its test class declares no clause: annotate it with @Clauses");
        }
        if (result.status() != Status.NORMAL) {
            problems.add("jcstress reported " + result.status() + messages(result));
        }
        TestGrading grading = result.grading();
        List<GradingResult> outcomes = new ArrayList<>(grading.gradingResults.values());
        outcomes.sort(Comparator.comparingLong((GradingResult g) -> g.count).reversed()); // observed first
        List<Pattern> bugs = control == null ? List.of() : namedBugOutcomes(testClass(name));
        long interesting = 0;
        for (GradingResult g : outcomes) {
            if (g.count == 0) {
                continue;
            }
            if (g.expect == Expect.FORBIDDEN) {
                problems.add("observed a forbidden outcome " + g.count + " times: [" + g.id + "] " + g.description);
            } else if (g.expect == Expect.UNKNOWN) {
                problems.add("observed an outcome without grading " + g.count + " times: [" + g.id + "]");
            } else if (g.expect == Expect.ACCEPTABLE_INTERESTING && names(bugs, g.id)) {
                interesting += g.count;
            }
        }
        if (control != null && result.status() == Status.NORMAL && interesting == 0) {
            problems.add("negative control did not catch the bug of " + control + ": none of its named bug outcomes "
                    + bugs + " in " + result.getTotalCount() + " samples; run it longer (-Djcstress.mode=quick) or"
                    + " strengthen the test");
        }
        return new TestJudgement(name, control, result.getTotalCount(), interesting, outcomes, problems);
    }

    /**
     * The verdict table's row of a test that jcstress could not schedule: more actors than CPUs.
     *
     * @param testName the test
     * @param actors   its actors
     * @param cpus     the CPUs jcstress had
     * @return the row
     */
    static String notRunRow(String testName, int actors, int cpus) {
        return String.join("\t", testName, clauseOf(testName), roleOf(controlOf(testName)), "NOT-RUN", "0",
                "not run: it has " + actors + " actors and jcstress had " + cpus + " CPUs");
    }

    /**
     * The verdict table's row of a test that did not apply to the implementation.
     *
     * @param testName the test
     * @param why      what the implementation does not offer
     * @return the row
     */
    static String notApplicableRow(String testName, String why) {
        return String.join("\t", testName, clauseOf(testName), roleOf(controlOf(testName)), "N/A", "0", why);
    }

    static String controlOf(String testName) {
        NegativeControl control = testClass(testName).getAnnotation(NegativeControl.class);
        return control == null ? null : control.value().getSimpleName();
    }

    /**
     * The outcomes by which a control's test class declares its bug: the ids of its
     * {@code ACCEPTABLE_INTERESTING} outcomes, as jcstress matches them (the whole result).
     *
     * @param testClass the control's class
     * @return the patterns; empty if it names none
     */
    static List<Pattern> namedBugOutcomes(Class<?> testClass) {
        List<Pattern> bugs = new ArrayList<>();
        for (Outcome outcome : testClass.getAnnotationsByType(Outcome.class)) {
            if (outcome.expect() == Expect.ACCEPTABLE_INTERESTING) {
                for (String id : outcome.id()) {
                    if (!id.isEmpty()) {
                        bugs.add(Pattern.compile(id));
                    }
                }
            }
        }
        return bugs;
    }

    /** Whether one of {@code bugs} matches the observed result {@code id} whole. */
    static boolean names(List<Pattern> bugs, String id) {
        return bugs.stream().anyMatch(p -> p.matcher(id).matches());
    }

    static Class<?> testClass(String testName) {
        String binaryName = TestList.getInfo(testName).binaryName();
        try {
            return Class.forName(binaryName, false, TestJudgement.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("test class " + binaryName + " is not in the jcstress jar", e);
        }
    }

    private static String roleOf(String control) {
        return control == null ? "under-test" : "control";
    }

    private static String messages(TestResult result) {
        List<String> lines = new ArrayList<>(result.getMessages());
        lines.addAll(result.getVmErr());
        if (lines.isEmpty()) {
            return "";
        }
        int shown = Math.min(lines.size(), 12);
        return ":\n        " + String.join("\n        ", lines.subList(0, shown))
                + (shown < lines.size() ? "\n        ... (" + (lines.size() - shown) + " more lines in the HTML report)" : "");
    }

    boolean passed() {
        return problems.isEmpty();
    }

    List<String> problems() {
        return problems;
    }

    /**
     * One row of the verdict table ({@code verdict.tsv}) that the main job reads: test, clauses (from
     * its class's {@code @Clauses}, comma-separated), role ({@code under-test} or {@code control}), PASS or FAIL,
     * samples, and the detail: the observed outcomes with their frequencies, then the problems.
     * Tabs and line breaks inside the detail are written as spaces and {@code \n}.
     */
    String tsvRow() {
        StringBuilder detail = new StringBuilder();
        for (GradingResult g : outcomes) {
            if (g.count == 0) {
                continue;
            }
            detail.append(String.format("%s [%s] %,d of %,d samples (%.4f%%): %s%n", label(g.expect), g.id,
                    g.count, samples, samples == 0 ? 0.0 : 100.0 * g.count / samples, g.description));
        }
        for (String problem : problems) {
            detail.append("FAILED: ").append(problem).append('\n');
        }
        return String.join("\t", name, clauseOf(name), roleOf(control),
                passed() ? "PASS" : "FAIL", Long.toString(samples),
                detail.toString().strip().replace('\t', ' ').replace("\r", "").replace("\n", "\\n"));
    }

    /**
     * The clauses the test's class declares with {@code @Clauses} (on the test class that encloses
     * the variant), comma-separated: "C3", or "C1,C6"; empty if it declares none.
     */
    static String clauseOf(String testName) {
        return DeclaredClauses.of(testClass(testName)).stream().map(Clause::name).collect(Collectors.joining(","));
    }

    /** Prints the test's line and its outcome table, in the layout jcstress uses. */
    void printOn(PrintStream out) {
        String kind = control == null ? "implementation under test" : "negative control on " + control;
        String caught = control == null ? "" : String.format(", bug observed in %d samples (%.4f%%)",
                interesting, samples == 0 ? 0.0 : 100.0 * interesting / samples);
        out.printf("  [%s] %s (%s): %,d samples%s%n", passed() ? "OK" : "FAIL", name, kind, samples, caught);
        out.printf("        %-44s %14s %9s  %-12s %s%n", "RESULT", "SAMPLES", "FREQ", "EXPECT", "DESCRIPTION");
        for (GradingResult g : outcomes) {
            out.printf("        %-44s %,14d %8.4f%%  %-12s %s%n", g.id, g.count,
                    samples == 0 ? 0.0 : 100.0 * g.count / samples, label(g.expect), g.description);
        }
        for (String problem : problems) {
            out.println("      FAILED: " + problem);
        }
    }

    private static String label(Expect expect) {
        switch (expect) {
            case ACCEPTABLE:
                return "Acceptable";
            case ACCEPTABLE_INTERESTING:
                return "Interesting";
            case FORBIDDEN:
                return "Forbidden";
            default:
                return "Unknown";
        }
    }
}
