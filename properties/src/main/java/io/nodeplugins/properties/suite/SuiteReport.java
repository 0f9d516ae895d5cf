package io.nodeplugins.properties.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.registry.Clause;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main job's report: one row per contract clause, one column per suite, then every failure with
 * its minimal scenario and replay command. Collects findings from several threads (synchronized);
 * written once at the end as {@code summary.md} and {@code index.html}.
 */
public final class SuiteReport {

    private final String implementation;
    private final Effort mode;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Suite, String> notRun = new EnumMap<>(Suite.class);

    /**
     * Creates an empty report.
     *
     * @param implementation what was tested (factory class name)
     * @param mode           the mode
     */
    public SuiteReport(String implementation, Effort mode) {
        this.implementation = implementation;
        this.mode = mode;
    }

    /**
     * Adds a finding.
     *
     * @param finding the finding
     */
    public synchronized void add(Finding finding) {
        findings.add(finding);
    }

    /**
     * Records a problem that is not a clause verdict (a suite that crashed, a missing jar): it makes
     * the run fail.
     *
     * @param problem what went wrong and what to do
     */
    public synchronized void problem(String problem) {
        problems.add(problem);
    }

    /**
     * Records a note for the reader that is neither a failure nor a problem (a test that could not
     * run on this machine, for example).
     *
     * @param note the note
     */
    public synchronized void note(String note) {
        notes.add(note);
    }

    /**
     * Records that a suite did not run, and why (shown in the report; not a failure).
     *
     * @param suite  the suite
     * @param reason why
     */
    public synchronized void notRun(Suite suite, String reason) {
        notRun.put(suite, reason);
    }

    /**
     * Returns the findings so far.
     *
     * @return an immutable copy
     */
    public synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }

    /**
     * Returns whether every finding passed and no problem was recorded.
     *
     * @return true if the implementation passed
     */
    public synchronized boolean passed() {
        return problems.isEmpty() && findings.stream().allMatch(Finding::passed);
    }

    /**
     * Returns the clauses the failures point at, in clause order. A bug in one clause usually fails
     * properties of others too (every property registers and closes), so blame is narrowed: the
     * clauses whose single-clause tests failed in both jcstress and the clause unit tests; else those
     * that failed in either; else any single-clause failure; else the ranges of the failing
     * multi-clause properties.
     *
     * @return the broken clauses
     */
    public synchronized List<Clause> brokenClauses() {
        List<Finding> failed = findings.stream().filter(f -> !f.passed()).collect(Collectors.toList());
        Set<Clause> jcstress = singleClauseFailures(failed, Suite.JCSTRESS);
        Set<Clause> unit = singleClauseFailures(failed, Suite.UNIT);
        Set<Clause> broken = EnumSet.noneOf(Clause.class);
        broken.addAll(jcstress);
        broken.retainAll(unit); // failed in both: a unit test of clause B that merely closes can fail for A's bug
        if (broken.isEmpty()) {
            broken.addAll(jcstress);
            broken.addAll(unit);
        }
        if (broken.isEmpty()) {
            failed.stream().filter(f -> !f.shared()).map(Finding::clause).forEach(broken::add);
        }
        if (broken.isEmpty()) {
            failed.stream().map(Finding::clause).forEach(broken::add);
        }
        return List.copyOf(broken);
    }

    private static Set<Clause> singleClauseFailures(List<Finding> failed, Suite suite) {
        return failed.stream().filter(f -> !f.shared() && f.suite() == suite).map(Finding::clause)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Clause.class)));
    }

    /**
     * Returns the clauses with a failed single-clause test, including those that failed only as a
     * consequence of another clause's bug. Failures of properties that check several clauses at
     * once are not counted: they show as {@code FAIL*} in the clause table.
     *
     * @return every clause with a failed single-clause test
     */
    public synchronized List<Clause> clausesWithFailures() {
        return Arrays.stream(Clause.values()).filter(c -> findings.stream().anyMatch(f -> !f.passed() && !f.shared()
                && f.clause().equals(c))).collect(Collectors.toList());
    }

    /**
     * Renders the Markdown summary.
     *
     * @param wallTime how long the run took
     * @return the Markdown text
     */
    public synchronized String toMarkdown(Duration wallTime) {
        StringBuilder md = new StringBuilder();
        md.append("# nodeplugins suite report\n\n");
        md.append("- implementation: `").append(implementation).append("`\n");
        md.append("- mode: ").append(mode.cliName()).append('\n');
        md.append("- wall time: ").append(format(wallTime)).append('\n');
        md.append("- verdict: **").append(passed() ? "PASS" : "FAIL").append("**");
        List<Clause> broken = brokenClauses();
        if (!broken.isEmpty()) {
            md.append(" (broken: ").append(names(broken)).append(')');
            List<Clause> also = new ArrayList<>(clausesWithFailures());
            also.removeAll(broken);
            if (!also.isEmpty()) {
                md.append("; single-clause tests of ").append(names(also))
                        .append(" failed too, as consequences");
            }
        }
        md.append("\n\n| clause |");
        for (Suite s : Suite.values()) {
            md.append(' ').append(s.title()).append(" |");
        }
        md.append("\n|---|");
        md.append("---|".repeat(Suite.values().length)).append('\n');
        for (Clause clause : Clause.values()) {
            md.append("| ").append(clause.label()).append(" |");
            for (Suite s : Suite.values()) {
                md.append(' ').append(cell(clause, s)).append(" |");
            }
            md.append('\n');
        }
        md.append("\nCells: verdict, tests passed of run, and tries or samples behind them; `-` not checked by that suite;\n")
                .append("`FAIL*` only a property that checks several clauses at once failed (its minimal scenario says which step broke).\n");
        notRun.forEach((s, why) -> md.append("\n").append(s.title()).append(" did not run: ").append(why).append('\n'));
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        if (!problems.isEmpty()) {
            md.append("\n## Problems\n\n");
            problems.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        List<Finding> failed = distinctFailures();
        if (!failed.isEmpty()) {
            md.append("\n## Failures\n");
            for (Finding f : failed) {
                md.append("\n### ").append(clauseLabel(f)).append(" — ").append(f.suite().title()).append(": `")
                        .append(f.test()).append("`\n\n```\n").append(f.detail().strip()).append("\n```\n");
                if (!f.replay().isEmpty()) {
                    md.append("\nReplay: `").append(f.replay()).append("`\n");
                }
            }
        }
        return md.toString();
    }

    /**
     * Renders the HTML report: the Markdown summary as a page, failing cells red, passing ones green.
     *
     * @param wallTime how long the run took
     * @return the HTML page
     */
    public synchronized String toHtml(Duration wallTime) {
        return MarkdownPage.toHtml("nodeplugins suite report", toMarkdown(wallTime));
    }

    /**
     * Writes {@code summary.md} and {@code index.html} into {@code dir}.
     *
     * @param dir      the report folder; created if needed
     * @param wallTime how long the run took
     * @throws IOException if writing fails
     */
    public void write(Path dir, Duration wallTime) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.md"), toMarkdown(wallTime), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.html"), toHtml(wallTime), StandardCharsets.UTF_8);
    }

    /** The failed findings, one per failing test (a shared property appears once). */
    private List<Finding> distinctFailures() {
        Map<String, Finding> first = new java.util.LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.passed()) {
                first.putIfAbsent(f.suite() + "/" + f.test(), f);
            }
        }
        return List.copyOf(first.values());
    }

    private static String names(List<Clause> clauses) {
        return clauses.stream().map(Clause::name).collect(Collectors.joining(", "));
    }

    private String clauseLabel(Finding f) {
        if (!f.shared()) {
            return f.clause().name();
        }
        List<Clause> range = findings.stream().filter(g -> g.suite() == f.suite() && g.test().equals(f.test()))
                .map(Finding::clause).distinct().sorted().collect(Collectors.toList());
        // "C1-C3" for a contiguous run of clauses, else a list: "C1-C5, C7".
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < range.size(); ) {
            int j = i;
            while (j + 1 < range.size() && range.get(j + 1).ordinal() == range.get(j).ordinal() + 1) {
                j++;
            }
            label.append(label.length() == 0 ? "" : ", ").append(range.get(i)).append(j > i ? "-" + range.get(j) : "");
            i = j + 1;
        }
        return label.toString();
    }

    private String cell(Clause clause, Suite suite) {
        List<Finding> mine = findings.stream().filter(f -> f.clause() == clause && f.suite() == suite)
                .collect(Collectors.toList());
        if (mine.isEmpty()) {
            return "-";
        }
        long passed = mine.stream().filter(Finding::passed).count();
        long samples = mine.stream().mapToLong(Finding::samples).sum();
        boolean onlyShared = mine.stream().noneMatch(f -> !f.passed() && !f.shared());
        String verdict = passed == mine.size() ? "pass" : onlyShared ? "FAIL*" : "FAIL";
        return verdict + " " + passed + "/" + mine.size() + (samples > 0 ? String.format(", %,d samples", samples) : "");
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    @Override
    public synchronized String toString() {
        return "SuiteReport[" + implementation + ", " + findings.size() + " findings, "
                + findings.stream().filter(f -> !f.passed()).count() + " failed]";
    }
}
