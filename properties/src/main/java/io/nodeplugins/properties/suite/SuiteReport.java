package io.nodeplugins.properties.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
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
 * The main job's report: what the registry declares and the hazards of what it lacks, then one row
 * per contract clause, one column per suite (each cell: passed of run, n/a, failures, suite errors),
 * then every failure with its minimal scenario and replay command, and every suite error with its
 * cause. Collects findings from several threads (synchronized); written once at the end as
 * {@code summary.md} and {@code index.html}.
 */
public final class SuiteReport {

    /** The verdict of a run. */
    public enum Verdict {
        /** Every check that applies ran and passed. */
        PASS,
        /** The registry broke a clause. */
        FAIL,
        /** No clause failed, but some checks did not complete (suite errors) or the suite could not run. */
        INCOMPLETE
    }

    private final String implementation;
    private final Effort mode;
    private final Features features;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Suite, String> notRun = new EnumMap<>(Suite.class);

    /**
     * Creates an empty report of a registry that offers what the reference offers.
     *
     * @param implementation what was tested (factory class name)
     * @param mode           the mode
     */
    public SuiteReport(String implementation, Effort mode) {
        this(implementation, mode, Features.REFERENCE);
    }

    /**
     * Creates an empty report.
     *
     * @param implementation what was tested (factory class name)
     * @param mode           the mode
     * @param features       what the registry declares
     */
    public SuiteReport(String implementation, Effort mode, Features features) {
        this.implementation = implementation;
        this.mode = mode;
        this.features = features;
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
     * Records a problem that is not a clause verdict (a suite that could not run, a missing jar): it
     * makes the run incomplete.
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
     * Returns the verdict: FAIL if any check failed, else INCOMPLETE if a check ended in a suite
     * error or a problem was recorded, else PASS (checks that do not apply count for nothing).
     *
     * @return the verdict
     */
    public synchronized Verdict verdict() {
        if (findings.stream().anyMatch(Finding::failed)) {
            return Verdict.FAIL;
        }
        boolean errors = findings.stream().anyMatch(f -> f.status() == Finding.Status.ERROR);
        return errors || !problems.isEmpty() ? Verdict.INCOMPLETE : Verdict.PASS;
    }

    /**
     * Returns whether the run passed.
     *
     * @return true if the verdict is PASS
     */
    public synchronized boolean passed() {
        return verdict() == Verdict.PASS;
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
        List<Finding> failed = findings.stream().filter(Finding::failed).collect(Collectors.toList());
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
        return Arrays.stream(Clause.values()).filter(c -> findings.stream().anyMatch(f -> f.failed() && !f.shared()
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
        md.append("- declares: ").append(features).append('\n');
        md.append("- mode: ").append(mode.cliName()).append('\n');
        md.append("- wall time: ").append(format(wallTime)).append('\n');
        Verdict verdict = verdict();
        md.append("- verdict: **").append(verdict).append("**");
        if (verdict == Verdict.INCOMPLETE) {
            md.append(" (no clause failed, but the suite could not judge everything: see Suite errors and Problems)");
        }
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
        md.append("\nCells: verdict, checks passed of those that ran, and tries or samples behind them; `n/a` the checks do not\n")
                .append("apply (the registry does not offer what they call); `-` not checked by that suite; `FAIL*` only a check of\n")
                .append("several clauses at once failed (its minimal scenario says which step broke); `error` the suite could not\n")
                .append("judge a check (a tool crashed or ran out of time): no verdict on the registry.\n");
        if (!broken.isEmpty()) {
            md.append("\n## In plain words\n\n");
            broken.forEach(c -> md.append("- ").append(c.label()).append(": ").append(c.symptom()).append('\n'));
        }
        List<String> hazards = features.hazards();
        if (!hazards.isEmpty() || !features.missing().isEmpty()) {
            md.append("\n## What the registry does not offer\n\n");
            if (!features.missing().isEmpty()) {
                md.append("Not offered, so `n/a`: ").append(features.missing().stream().map(Feature::title)
                        .collect(Collectors.joining(", "))).append(".\n");
            }
            hazards.forEach(h -> md.append("- Hazard: ").append(h).append('\n'));
        }
        notRun.forEach((s, why) -> md.append("\n").append(s.title()).append(" did not run: ").append(why).append('\n'));
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        if (!problems.isEmpty()) {
            md.append("\n## Problems\n\n");
            problems.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        List<Finding> errors = distinct(Finding.Status.ERROR);
        if (!errors.isEmpty()) {
            md.append("\n## Suite errors\n\nNot verdicts on the registry: the suite could not judge these checks.\n");
            for (Finding f : errors) {
                md.append("\n### ").append(clauseLabel(f)).append(" — ").append(f.suite().title()).append(": `")
                        .append(f.test()).append("`\n\n```\n").append(f.detail().strip()).append("\n```\n");
            }
        }
        List<Finding> failed = distinct(Finding.Status.FAIL);
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

    /** The findings of one status, one per check (a check of several clauses appears once). */
    private List<Finding> distinct(Finding.Status status) {
        Map<String, Finding> first = new java.util.LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.status() == status) {
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
        // A check of several clauses says nothing about one the registry does not offer: left out there.
        boolean applies = features.applies(clause);
        List<Finding> mine = findings.stream().filter(f -> f.clause() == clause && f.suite() == suite)
                .filter(f -> applies || !f.shared()).collect(Collectors.toList());
        if (mine.isEmpty()) {
            return applies || findings.stream().noneMatch(f -> f.clause() == clause && f.suite() == suite) ? "-" : "n/a";
        }
        long passed = mine.stream().filter(Finding::passed).count();
        long failed = mine.stream().filter(Finding::failed).count();
        long notApplicable = mine.stream().filter(f -> f.status() == Finding.Status.NOT_APPLICABLE).count();
        long errors = mine.stream().filter(f -> f.status() == Finding.Status.ERROR).count();
        long ran = passed + failed;
        if (ran == 0 || failed == 0 && errors == 0 && !applies) {
            return errors > 0 ? "error " + errors : "n/a";
        }
        long samples = mine.stream().mapToLong(Finding::samples).sum();
        boolean onlyShared = mine.stream().noneMatch(f -> f.failed() && !f.shared());
        String verdict = failed == 0 ? "pass" : onlyShared ? "FAIL*" : "FAIL";
        return verdict + " " + passed + "/" + ran + (samples > 0 ? String.format(", %,d samples", samples) : "")
                + (notApplicable > 0 ? ", " + notApplicable + " n/a" : "") + (errors > 0 ? ", " + errors + " error" : "");
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    @Override
    public synchronized String toString() {
        return "SuiteReport[" + implementation + ", " + findings.size() + " findings, "
                + findings.stream().filter(Finding::failed).count() + " failed]";
    }
}
