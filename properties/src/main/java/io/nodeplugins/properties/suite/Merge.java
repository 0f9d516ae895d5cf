package io.nodeplugins.properties.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code ./suite merge [--report DIR] SHARD_DIR...}: joins the reports of the shards of one run
 * ({@code --shard K/N} on N machines, each report's {@code summary.json}) into one report with the
 * same verdict rules, as if one machine had run everything: a check that ran in several shards (a
 * property, with its share of the tries in each) counts once, failed if it failed anywhere, with the
 * samples of all shards; the time to first detection is the earliest shard's; a missing shard makes
 * the run incomplete. Stateless.
 */
public final class Merge {

    private static final String USAGE = "usage: suite merge [--report DIR] SHARD_DIR...";

    private Merge() {
    }

    /**
     * Runs the merge.
     *
     * @param args {@code [--report DIR] SHARD_DIR...}
     * @param out  the merged report's summary
     * @param err  usage errors
     * @return the exit code of the merged verdict, or 2 on bad usage
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path reportDir = SuiteOptions.DEFAULT_REPORT;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--report") && i + 1 < args.size()) {
                reportDir = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("--")) {
                err.println("suite merge: unknown option '" + args.get(i) + "'\n" + USAGE);
                return SuiteMain.USAGE;
            } else {
                dirs.add(Path.of(args.get(i)));
            }
        }
        SuiteReport merged;
        Duration wall;
        try {
            if (dirs.isEmpty()) {
                throw new IllegalArgumentException("name the shards' report folders");
            }
            Path output = reportDir.toAbsolutePath().normalize();
            if (dirs.stream().anyMatch(d -> d.toAbsolutePath().normalize().equals(output))) {
                throw new IllegalArgumentException("--report " + reportDir + " is one of the shards' folders: merge into"
                        + " another folder");
            }
            List<SummaryJson.Loaded> shards = new ArrayList<>();
            for (Path dir : dirs) {
                shards.add(SummaryJson.read(dir));
            }
            merged = merge(shards);
            wall = shards.stream().map(SummaryJson.Loaded::wallTime).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
            ReportDir.prepare(reportDir);
        } catch (IllegalArgumentException e) {
            err.println("suite merge: " + e.getMessage() + "\n" + USAGE);
            return SuiteMain.USAGE;
        }
        try {
            merged.write(reportDir, wall);
        } catch (IOException e) {
            err.println("suite merge: cannot write the report to " + reportDir + ": " + e);
            return SuiteMain.INCOMPLETE;
        }
        out.print(merged.toMarkdown(wall, SuiteReport.replayArgument(reportDir)));
        out.printf("%nmerged report: %s%n", ReportText.relative(reportDir.resolve("index.html").toAbsolutePath().toString()));
        return SuiteMain.exitCode(merged.verdict());
    }

    /**
     * Merges the reports of the shards of one run.
     *
     * @param shards the shards' reports, read back
     * @return the merged report
     * @throws IllegalArgumentException if they are not of one implementation and mode
     */
    static SuiteReport merge(List<SummaryJson.Loaded> shards) {
        SuiteReport first = shards.get(0).report();
        for (SummaryJson.Loaded s : shards) {
            if (!s.report().implementation().equals(first.implementation()) || s.report().mode() != first.mode()) {
                throw new IllegalArgumentException("the reports are not of one run: " + first.implementation() + " in "
                        + first.mode().cliName() + " mode, and " + s.report().implementation() + " in "
                        + s.report().mode().cliName() + " mode");
            }
        }
        SuiteReport merged = new SuiteReport(first.implementation(), first.mode(), first.declared());
        merged.run(first.runInfo());
        // One finding per clause, suite and check: the worst outcome, with the samples of every shard.
        Map<List<Object>, Finding> byCheck = new LinkedHashMap<>();
        for (SummaryJson.Loaded s : shards) {
            for (Finding f : s.report().findings()) {
                byCheck.merge(List.of(f.clause(), f.suite(), f.test()), f, Merge::combine);
            }
        }
        // A check that failed in some shard counts as it would in one run: for the clauses of its failures
        // only, and for the clause it was blamed on if any shard blamed it.
        Map<List<Object>, List<Finding>> byTest = new LinkedHashMap<>();
        byCheck.values().forEach(f -> byTest.computeIfAbsent(List.of(f.suite(), f.test()), k -> new ArrayList<>()).add(f));
        for (List<Finding> findings : byTest.values()) {
            List<Finding> failed = findings.stream().filter(Finding::failed).toList();
            List<Finding> blamed = failed.stream().filter(f -> !f.shared()).toList();
            (failed.isEmpty() ? findings : blamed.isEmpty() ? failed : blamed).forEach(merged::add);
        }
        Set<String> notes = new LinkedHashSet<>();
        Map<Suite, String> notRun = new LinkedHashMap<>();
        for (SummaryJson.Loaded s : shards) {
            String from = s.report().shard().isEmpty() ? "" : "shard " + s.report().shard() + ": ";
            for (SuiteReport.Problem p : s.report().problems()) {
                if (p.check().isEmpty()) {
                    merged.problem(from + p.detail());
                } else {
                    merged.suiteError(p.check() + (from.isEmpty() ? "" : " (" + from.substring(0, from.length() - 2) + ")"),
                            p.detail());
                }
            }
            notes.addAll(s.report().notes().stream().map(n -> n.startsWith("soak") ? from + n : n).toList());
            s.report().notRunSuites().forEach(notRun::putIfAbsent);
        }
        notes.forEach(merged::note);
        notRun.forEach(merged::notRun);
        shardsMissing(shards).ifPresent(merged::problem);
        merged.firstDetection(shards.stream().map(s -> s.report().firstDetection()).filter(Objects::nonNull)
                .min(Comparator.comparing(SuiteReport.FirstDetection::after)).orElse(null));
        TreeSet<String> parts = new TreeSet<>(Comparator.comparingInt(Merge::index));
        shards.forEach(s -> parts.add(s.report().shard().isEmpty() ? "whole run" : s.report().shard()));
        Duration total = shards.stream().map(SummaryJson.Loaded::wallTime).reduce(Duration.ZERO, Duration::plus);
        merged.shard("merged from " + shards.size() + " reports (" + String.join(", ", parts) + "); the shards' wall"
                + " times add up to " + SuiteReport.format(total) + ", the wall time below is the longest shard's");
        return merged;
    }

    private static int index(String shard) {
        int slash = shard.indexOf('/');
        return slash < 0 ? 0 : Integer.parseInt(shard.substring(0, slash));
    }

    /** The finding that stands for a check across shards: the worse outcome, the samples of both. */
    private static Finding combine(Finding a, Finding b) {
        Finding worse = SuiteReport.worse(a.status(), b.status()) == a.status() ? a : b;
        // Blamed on one clause in any shard beats a failure that was not.
        boolean shared = a.failed() && b.failed() ? a.shared() && b.shared() : worse.shared();
        return new Finding(worse.clause(), worse.suite(), worse.test(), worse.status(), a.samples() + b.samples(),
                worse.detail(), worse.replay(), shared, worse.seed());
    }

    /** A problem naming the shards that are missing or repeated, if the reports are not exactly 1/N..N/N. */
    private static java.util.Optional<String> shardsMissing(List<SummaryJson.Loaded> shards) {
        Set<Integer> counts = new TreeSet<>();
        List<Integer> indexes = new ArrayList<>();
        for (SummaryJson.Loaded s : shards) {
            String shard = s.report().shard();
            if (!shard.matches("\\d+/\\d+")) {
                return shards.size() == 1 ? java.util.Optional.empty() : java.util.Optional.of("merged " + shards.size()
                        + " reports of which one is not a shard (--shard K/N): checks may have run twice");
            }
            counts.add(Integer.parseInt(shard.substring(shard.indexOf('/') + 1)));
            indexes.add(index(shard));
        }
        if (counts.size() > 1) {
            return java.util.Optional.of("the shards are of different splits (" + counts + " parts): merge the shards of one run");
        }
        int n = counts.iterator().next();
        List<String> missing = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            if (!indexes.contains(k)) {
                missing.add(k + "/" + n);
            }
        }
        if (indexes.size() != new TreeSet<>(indexes).size()) {
            return java.util.Optional.of("a shard was merged twice (" + indexes + " of " + n + ")");
        }
        return missing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("shard " + String.join(", ", missing)
                + " missing: its checks have no verdict in this report");
    }
}
