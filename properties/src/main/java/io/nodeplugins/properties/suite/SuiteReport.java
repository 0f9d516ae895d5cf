package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.Clause;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The main job's report: what the registry declares and the hazards of what it lacks, then one row
 * per contract clause, one column per suite (each cell: passed of run, n/a, failures, suite errors),
 * then every failure with its id, minimal scenario and replay commands, and every suite error with
 * its cause. Collects findings from several threads (synchronized); written once at the end as
 * {@code summary.md}, {@code index.html}, {@code junit.xml} ({@link JunitXml}) and {@code summary.json}
 * ({@link SummaryJson}). Every text that enters it is cleaned of control characters and of the
 * machine's absolute paths ({@link ReportText}).
 */
public final class SuiteReport {

    /** The files the suite writes into a report folder, and nothing else. */
    static final Set<String> FILES = Set.of("summary.md", "index.html", "junit.xml", "summary.json", "jcstress", "replay");

    /** The verdict of a run. */
    public enum Verdict {
        /** Every check that applies ran and passed. */
        PASS,
        /** The registry broke a clause. */
        FAIL,
        /** No clause failed, but some checks did not complete (suite errors) or the suite could not run. */
        INCOMPLETE
    }

    /**
     * What the registry declares, as the report uses it (kept apart from {@link Features} so that a
     * report read back from {@code summary.json} needs no class of the registry).
     *
     * @param text    "stacking, node names (...), offers [...]"
     * @param applies the clauses that apply
     * @param missing the titles of the features not offered
     * @param hazards the hazards of what is not offered
     */
    record Declared(String text, Set<Clause> applies, List<String> missing, List<String> hazards) {
        Declared {
            applies = Set.copyOf(applies);
            missing = List.copyOf(missing);
            hazards = List.copyOf(hazards);
        }

        static Declared of(Features features) {
            return new Declared(features.toString(), Arrays.stream(Clause.values()).filter(features::applies)
                    .collect(Collectors.toSet()), features.missing().stream().map(Feature::title).toList(),
                    features.hazards());
        }
    }

    /**
     * Something that kept the suite from judging: a check that did not finish, a tool that could
     * not run. Makes the run incomplete.
     *
     * @param check  the check or tool, or empty for a problem of the whole run
     * @param detail what went wrong and what to do
     */
    record Problem(String check, String detail) {
    }

    /**
     * When the first failing check finished.
     *
     * @param after how long after the start of the main job
     * @param check the check
     */
    record FirstDetection(Duration after, String check) {
    }

    /**
     * A failure as the report lists it: one per check.
     *
     * @param id      the short stable id ({@code F3-7a2c}): its position and a hash of the suite, the check
     *                and the seed
     * @param finding the failing finding
     * @param label   the clauses it is listed under: the blamed one, or the range a check of several
     *                clauses declares
     */
    record Listed(String id, Finding finding, String label) {
    }

    private final String implementation;
    private final Effort mode;
    private final Declared declared;
    private final long startedNanos = System.nanoTime();
    private final List<Finding> findings = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Suite, String> notRun = new EnumMap<>(Suite.class);
    private SuiteRun run;
    private String shard = "";
    private FirstDetection firstDetection;

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
     * Creates an empty report; the clock of its time to first detection starts now.
     *
     * @param implementation what was tested (factory class name)
     * @param mode           the mode
     * @param features       what the registry declares
     */
    public SuiteReport(String implementation, Effort mode, Features features) {
        this(implementation, mode, Declared.of(features));
    }

    SuiteReport(String implementation, Effort mode, Declared declared) {
        this.implementation = implementation;
        this.mode = mode;
        this.declared = declared;
        this.run = SuiteRun.of(implementation, mode);
    }

    /**
     * Adds a finding; the first failure sets the time to first detection.
     *
     * @param finding the finding
     */
    public synchronized void add(Finding finding) {
        Finding clean = new Finding(finding.clause(), finding.suite(), ReportText.clean(finding.test()), finding.status(),
                finding.samples(), ReportText.clean(finding.detail()), ReportText.clean(finding.replay()),
                finding.shared(), finding.seed());
        findings.add(clean);
        if (clean.failed() && firstDetection == null) {
            firstDetection = new FirstDetection(Duration.ofNanos(System.nanoTime() - startedNanos), clean.test());
        }
    }

    /**
     * Records a problem that is not a clause verdict (a suite that could not run, a missing jar): it
     * makes the run incomplete.
     *
     * @param problem what went wrong and what to do
     */
    public synchronized void problem(String problem) {
        problems.add(new Problem("", ReportText.clean(problem)));
    }

    /**
     * Records a suite error of one check or tool that has no clause finding of its own (jcstress
     * over its time limit, a test container that failed): it makes the run incomplete.
     *
     * @param check  the check or tool
     * @param detail what went wrong, with the stuck threads' stacks
     */
    public synchronized void suiteError(String check, String detail) {
        problems.add(new Problem(ReportText.clean(check), ReportText.clean(detail)));
    }

    /**
     * Records a note for the reader that is neither a failure nor a problem (a test that could not
     * run on this machine, for example).
     *
     * @param note the note
     */
    public synchronized void note(String note) {
        notes.add(ReportText.clean(note));
    }

    /**
     * Records that a suite did not run, and why (shown in the report; not a failure).
     *
     * @param suite  the suite
     * @param reason why
     */
    public synchronized void notRun(Suite suite, String reason) {
        notRun.put(suite, ReportText.clean(reason));
    }

    /**
     * Records how the run can be repeated (for the replay commands and {@code summary.json}).
     *
     * @param value the run
     */
    public synchronized void run(SuiteRun value) {
        this.run = value;
    }

    /**
     * Records which part of a split run this is ({@code "2/4"}), or which parts a merged report joins.
     *
     * @param value the shard's description
     */
    synchronized void shard(String value) {
        this.shard = value;
    }

    /**
     * Sets the time to first detection, for a report read back or merged.
     *
     * @param value the first detection, or null
     */
    synchronized void firstDetection(FirstDetection value) {
        this.firstDetection = value;
    }

    /**
     * Returns the findings so far.
     *
     * @return an immutable copy
     */
    public synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }

    synchronized String implementation() {
        return implementation;
    }

    synchronized Effort mode() {
        return mode;
    }

    synchronized Declared declared() {
        return declared;
    }

    synchronized SuiteRun runInfo() {
        return run;
    }

    synchronized String shard() {
        return shard;
    }

    synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    synchronized Map<Suite, String> notRunSuites() {
        return Map.copyOf(notRun);
    }

    /**
     * Returns when the first failing check finished, if any did.
     *
     * @return the first detection, or null
     */
    synchronized FirstDetection firstDetection() {
        return firstDetection;
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
     * checks of others too (every check registers and closes), so blame is narrowed to the clauses
     * on which the most suites agree: each suite counts for a clause when one of its single-clause
     * checks (a clause unit test, a jcstress test) failed, or one of its properties failed and was
     * blamed on that clause by the operation that failed ({@link Blame}). Without any such failure,
     * the clauses of the failures not traced to one clause.
     *
     * @return the broken clauses
     */
    public synchronized List<Clause> brokenClauses() {
        Map<Clause, Set<Suite>> evidence = new EnumMap<>(Clause.class);
        findings.stream().filter(f -> f.failed() && !f.shared())
                .forEach(f -> evidence.computeIfAbsent(f.clause(), c -> EnumSet.noneOf(Suite.class)).add(f.suite()));
        if (evidence.isEmpty()) {
            return findings.stream().filter(Finding::failed).map(Finding::clause).distinct().sorted().toList();
        }
        int most = evidence.values().stream().mapToInt(Set::size).max().orElse(0);
        return evidence.entrySet().stream().filter(e -> e.getValue().size() == most).map(Map.Entry::getKey).toList();
    }

    /**
     * Returns the clauses with a failed single-clause test or blamed property, including those that
     * failed only as a consequence of another clause's bug. Failures of checks of several clauses
     * that were not blamed on one are not counted: they show as {@code FAIL*} in the clause table.
     *
     * @return every clause with such a failure
     */
    public synchronized List<Clause> clausesWithFailures() {
        return Arrays.stream(Clause.values()).filter(c -> findings.stream().anyMatch(f -> f.failed() && !f.shared()
                && f.clause().equals(c))).collect(Collectors.toList());
    }

    /**
     * Returns how each check ended, one entry per check (a check of several clauses once): failed if
     * it failed for any clause, else a suite error, else passed, else n/a.
     *
     * @return suite and check name to status, in the order the checks finished
     */
    synchronized Map<List<Object>, Finding.Status> checks() {
        Map<List<Object>, Finding.Status> checks = new LinkedHashMap<>();
        for (Finding f : findings) {
            checks.merge(List.of(f.suite(), f.test()), f.status(), SuiteReport::worse);
        }
        return checks;
    }

    /**
     * Returns the worse of two outcomes of one check: failed, then suite error, then passed, then n/a.
     *
     * @param a one outcome
     * @param b the other
     * @return the worse one; {@code a} when they rank the same
     */
    static Finding.Status worse(Finding.Status a, Finding.Status b) {
        List<Finding.Status> order = List.of(Finding.Status.FAIL, Finding.Status.ERROR, Finding.Status.PASS,
                Finding.Status.NOT_APPLICABLE);
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    /**
     * Returns the counts of the checks by how they ended, and the problems of the run.
     *
     * @return total, passed, failed, n/a, suite errors, problems
     */
    synchronized long[] counts() {
        Map<List<Object>, Finding.Status> checks = checks();
        long[] counts = new long[6];
        counts[0] = checks.size();
        for (Finding.Status s : checks.values()) {
            counts[switch (s) {
                case PASS -> 1;
                case FAIL -> 2;
                case NOT_APPLICABLE -> 3;
                case ERROR -> 4;
            }]++;
        }
        counts[5] = problems.size();
        return counts;
    }

    /**
     * Returns the failures as listed, one per check, each with its id.
     *
     * @return the failures, in the order the checks finished
     */
    synchronized List<Listed> failures() {
        List<Listed> listed = new ArrayList<>();
        for (Finding f : distinct(Finding.Status.FAIL)) {
            String key = f.suite().cliName() + "/" + f.test() + f.seed();
            String id = "F" + (listed.size() + 1) + "-" + String.format("%04x", key.hashCode() & 0xffff);
            listed.add(new Listed(id, f, clauseLabel(f)));
        }
        return listed;
    }

    /**
     * Returns the cell of one clause and suite, as the table shows it.
     *
     * @param clause the row
     * @param suite  the column
     * @return for example "pass 6/6, 1,200 samples", "FAIL* 0/1", "n/a", "-"
     */
    synchronized String cell(Clause clause, Suite suite) {
        // A check of several clauses says nothing about one the registry does not offer: left out there.
        boolean applies = declared.applies().contains(clause);
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

    /**
     * Renders the Markdown summary.
     *
     * @param wallTime how long the run took
     * @return the Markdown text
     */
    public synchronized String toMarkdown(Duration wallTime) {
        return toMarkdown(wallTime, "");
    }

    /**
     * Renders the Markdown summary.
     *
     * @param wallTime  how long the run took
     * @param replayArg what a replay by id needs besides the id ({@code --report DIR} for a report
     *                  outside the default folder), or empty
     * @return the Markdown text
     */
    synchronized String toMarkdown(Duration wallTime, String replayArg) {
        StringBuilder md = new StringBuilder();
        md.append("# nodeplugins suite report\n\n");
        md.append("- implementation: `").append(implementation).append("`\n");
        md.append("- declares: ").append(declared.text()).append('\n');
        md.append("- mode: ").append(mode.cliName()).append('\n');
        if (!shard.isEmpty()) {
            md.append("- shard: ").append(shard).append('\n');
        }
        md.append("- wall time: ").append(format(wallTime)).append('\n');
        md.append("- time to first detection: ").append(firstDetection == null ? "none (no check failed)"
                : format(firstDetection.after()) + " (" + firstDetection.after().toMillis() / 1000.0 + " s, `"
                + firstDetection.check() + "`)").append('\n');
        long[] c = counts();
        md.append(String.format("- checks: %d: %d passed, %d failed, %d n/a, %d suite errors; %d problems of the run%n",
                c[0], c[1], c[2], c[3], c[4], c[5]));
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
                .append("apply (the registry does not offer what they call); `-` not checked by that suite; `FAIL*` only failures\n")
                .append("not traced to this clause alone (a check of several clauses, or a property or Lincheck failure no\n")
                .append("operation of this clause explains); `error` the suite could not judge a check (a tool crashed or ran\n")
                .append("out of time): no verdict on the registry. A property's failure counts for the clause of the operation\n")
                .append("whose outcome first differed from the model.\n");
        if (!broken.isEmpty()) {
            md.append("\n## In plain words\n\n");
            broken.forEach(cl -> md.append("- ").append(cl.label()).append(": ").append(cl.symptom()).append('\n'));
        }
        if (!declared.hazards().isEmpty() || !declared.missing().isEmpty()) {
            md.append("\n## What the registry does not offer\n\n");
            if (!declared.missing().isEmpty()) {
                md.append("Not offered, so `n/a`: ").append(String.join(", ", declared.missing())).append(".\n");
            }
            declared.hazards().forEach(h -> md.append("- Hazard: ").append(h).append('\n'));
        }
        notRun.forEach((s, why) -> md.append("\n").append(s.title()).append(" did not run: ").append(why).append('\n'));
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        List<Problem> general = problems.stream().filter(p -> p.check().isEmpty()).toList();
        if (!general.isEmpty()) {
            md.append("\n## Problems\n\n");
            general.forEach(p -> md.append("- ").append(p.detail()).append('\n'));
        }
        List<Finding> errors = distinct(Finding.Status.ERROR);
        List<Problem> checkErrors = problems.stream().filter(p -> !p.check().isEmpty()).toList();
        if (!errors.isEmpty() || !checkErrors.isEmpty()) {
            md.append("\n## Suite errors\n\nNot verdicts on the registry: the suite could not judge these checks.\n");
            for (Finding f : errors) {
                md.append("\n### ").append(clauseLabel(f)).append(" — ").append(f.suite().title()).append(": `")
                        .append(f.test()).append("`\n\n```\n").append(f.detail().strip()).append("\n```\n");
            }
            for (Problem p : checkErrors) {
                md.append("\n### ").append(p.check()).append("\n\n```\n").append(p.detail().strip()).append("\n```\n");
            }
        }
        List<Listed> failed = failures();
        if (!failed.isEmpty()) {
            md.append("\n## Failures\n");
            for (Listed l : failed) {
                Finding f = l.finding();
                md.append("\n### ").append(l.id()).append(" · ").append(l.label()).append(" — ").append(f.suite().title())
                        .append(": `").append(f.test()).append("`\n\n```\n").append(f.detail().strip()).append("\n```\n");
                md.append("\nReplay: `").append(replayById(l.id(), replayArg)).append('`');
                if (!f.replay().isEmpty()) {
                    md.append(", or: `").append(f.replay()).append('`');
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    /**
     * Returns the command that replays a failure by its id.
     *
     * @param id        the failure's id
     * @param replayArg {@code --report DIR} or empty
     * @return {@code ./suite --replay F1-7a2c ...}
     */
    static String replayById(String id, String replayArg) {
        return "./suite --replay " + id + (replayArg.isEmpty() ? "" : " " + replayArg);
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
     * Writes {@code summary.md}, {@code index.html}, {@code junit.xml} and {@code summary.json} into
     * {@code dir}.
     *
     * @param dir      the report folder; created if needed
     * @param wallTime how long the run took
     * @throws IOException if writing fails
     */
    public void write(Path dir, Duration wallTime) throws IOException {
        Files.createDirectories(dir);
        String replayArg = replayArgument(dir);
        String markdown = toMarkdown(wallTime, replayArg);
        Files.writeString(dir.resolve("summary.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.html"), MarkdownPage.toHtml("nodeplugins suite report", markdown),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("junit.xml"), JunitXml.render(this, wallTime, replayArg), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), SummaryJson.render(this, wallTime, dir, replayArg),
                StandardCharsets.UTF_8);
    }

    /** {@code --report DIR} when the report is not in the default folder, for replays by id. */
    static String replayArgument(Path dir) {
        Path normal = dir.toAbsolutePath().normalize();
        if (normal.equals(SuiteOptions.DEFAULT_REPORT.toAbsolutePath().normalize())) {
            return "";
        }
        return "--report " + SuiteRun.quote(ReportText.relative(normal.toString()));
    }

    /** The findings of one status, one per check (a check of several clauses appears once). */
    private List<Finding> distinct(Finding.Status status) {
        Map<String, Finding> first = new LinkedHashMap<>();
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
