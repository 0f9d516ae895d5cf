package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.registry.Clause;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The report as {@code summary.json}, for machines: the implementation, mode, verdict and exit code,
 * the clause x suite cells, the counts, the time to first detection, every failure with its id and
 * replay commands, and everything else the report holds (every finding, problem and note, the run's
 * class path and settings), so that a replay by id and a merge of shards read it back
 * ({@link #read}). Paths in it are relative to the report's folder; none is absolute. Stateless.
 */
final class SummaryJson {

    /** The format's name and version, the first member of the file. */
    static final String FORMAT = "nodeplugins-suite-report/1";

    private SummaryJson() {
    }

    /**
     * A report read back from its folder.
     *
     * @param report   the report, with every finding, problem and note
     * @param wallTime how long its run took
     * @param failures the failures by id: suite, check and seed
     */
    record Loaded(SuiteReport report, Duration wallTime, Map<String, FailureRef> failures) {
    }

    /**
     * A failure as {@code summary.json} lists it.
     *
     * @param id    its id
     * @param suite the suite
     * @param check the check
     * @param seed  the failing seed, if any
     */
    record FailureRef(String id, Suite suite, String check, OptionalLong seed) {
    }

    /**
     * Renders the report.
     *
     * @param report    the report
     * @param wallTime  how long the run took
     * @param dir       the report's folder, which the class path is made relative to
     * @param replayArg what a replay by id needs besides the id, or empty
     * @return the JSON text
     */
    static String render(SuiteReport report, Duration wallTime, Path dir, String replayArg) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("format", FORMAT);
        j.put("implementation", report.implementation());
        j.put("mode", report.mode().cliName());
        j.put("shard", report.shard().isEmpty() ? null : report.shard());
        SuiteReport.Verdict verdict = report.verdict();
        j.put("verdict", verdict.name());
        j.put("exitCode", (long) SuiteMain.exitCode(verdict));
        j.put("broken", report.brokenClauses().stream().map(Clause::name).toList());
        j.put("wallTimeSeconds", wallTime.toSeconds());
        SuiteReport.FirstDetection first = report.firstDetection();
        j.put("timeToFirstDetectionSeconds", first == null ? null : first.after().toMillis() / 1000.0);
        j.put("firstFailingCheck", first == null ? null : first.check());
        SuiteReport.Declared declared = report.declared();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("text", declared.text());
        d.put("applies", declared.applies().stream().sorted().map(Clause::name).toList());
        d.put("missing", declared.missing());
        d.put("hazards", declared.hazards());
        j.put("declares", d);
        SuiteRun run = report.runInfo();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("factory", run.implementation());
        r.put("classpath", run.classPath().stream().map(e -> portable(e, dir)).toList());
        r.put("settings", new LinkedHashMap<>(run.overrides()));
        j.put("run", r);
        long[] c = report.counts();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", c[0]);
        counts.put("passed", c[1]);
        counts.put("failed", c[2]);
        counts.put("notApplicable", c[3]);
        counts.put("suiteErrors", c[4]);
        counts.put("problems", c[5]);
        j.put("checks", counts);
        Map<String, Object> cells = new LinkedHashMap<>();
        for (Clause clause : Clause.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Suite s : Suite.values()) {
                row.put(s.cliName(), report.cell(clause, s));
            }
            cells.put(clause.name(), row);
        }
        j.put("cells", cells);
        List<Object> failures = new ArrayList<>();
        for (SuiteReport.Listed l : report.failures()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", l.id());
            f.put("clauses", l.label());
            f.put("suite", l.finding().suite().cliName());
            f.put("check", l.finding().test());
            f.put("seed", l.finding().seed().isPresent() ? (Object) l.finding().seed().getAsLong() : null);
            f.put("replay", SuiteReport.replayById(l.id(), replayArg));
            f.put("command", l.finding().replay());
            f.put("detail", l.finding().detail());
            failures.add(f);
        }
        j.put("failures", failures);
        List<Object> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clause", f.clause().name());
            m.put("suite", f.suite().cliName());
            m.put("check", f.test());
            m.put("status", f.status().name());
            m.put("samples", f.samples());
            m.put("shared", f.shared());
            m.put("seed", f.seed().isPresent() ? (Object) f.seed().getAsLong() : null);
            m.put("detail", f.detail());
            m.put("replay", f.replay());
            findings.add(m);
        }
        j.put("findings", findings);
        List<Object> problems = new ArrayList<>();
        for (SuiteReport.Problem p : report.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", p.check());
            m.put("detail", p.detail());
            problems.add(m);
        }
        j.put("problems", problems);
        j.put("notes", report.notes());
        Map<String, Object> notRun = new LinkedHashMap<>();
        report.notRunSuites().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> notRun.put(e.getKey().cliName(), e.getValue()));
        j.put("notRun", notRun);
        return Json.write(j);
    }

    /** A class path value as summary.json keeps it: coordinates as they are, a path relative to the report. */
    private static String portable(String entry, Path dir) {
        if (UserClassPath.COORDINATES.matcher(entry).matches() || !Path.of(entry).isAbsolute()) {
            return entry;
        }
        return dir.toAbsolutePath().normalize().relativize(Path.of(entry)).toString();
    }

    /**
     * Reads a report back from its folder.
     *
     * @param dir the folder holding {@code summary.json}
     * @return the report
     * @throws IllegalArgumentException if there is no summary.json, or it is not one the suite wrote
     */
    @SuppressWarnings("unchecked")
    static Loaded read(Path dir) {
        Path file = dir.resolve("summary.json");
        Map<String, Object> j;
        try {
            Object value = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(value instanceof Map) || !FORMAT.equals(((Map<String, Object>) value).get("format"))) {
                throw new IllegalArgumentException(file + " is not a report of the suite (format " + FORMAT + ")");
            }
            j = (Map<String, Object>) value;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no report in " + dir + ": " + file.getFileName() + " is missing; run"
                    + " ./suite first, or pass the report's folder with --report", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e, e);
        }
        try {
            Map<String, Object> d = (Map<String, Object>) j.get("declares");
            Set<Clause> applies = EnumSet.noneOf(Clause.class);
            ((List<String>) d.get("applies")).forEach(c -> applies.add(Clause.valueOf(c)));
            SuiteReport.Declared declared = new SuiteReport.Declared((String) d.get("text"), applies,
                    (List<String>) d.get("missing"), (List<String>) d.get("hazards"));
            Effort mode = Effort.parse((String) j.get("mode"));
            String implementation = (String) j.get("implementation");
            SuiteReport report = new SuiteReport(implementation, mode, declared);
            Map<String, Object> r = (Map<String, Object>) j.get("run");
            List<String> classPath = new ArrayList<>();
            for (String e : (List<String>) r.get("classpath")) {
                boolean coordinates = UserClassPath.COORDINATES.matcher(e).matches();
                classPath.add(coordinates ? e : dir.toAbsolutePath().resolve(e).normalize().toString());
            }
            Map<String, String> settings = new LinkedHashMap<>();
            ((Map<String, Object>) r.get("settings")).forEach((k, v) -> settings.put(k, String.valueOf(v)));
            report.run(new SuiteRun(mode, (String) r.get("factory"), classPath, settings));
            if (j.get("shard") != null) {
                report.shard((String) j.get("shard"));
            }
            for (Object o : (List<Object>) j.get("findings")) {
                Map<String, Object> m = (Map<String, Object>) o;
                report.add(new Finding(Clause.valueOf((String) m.get("clause")), Suite.parse((String) m.get("suite")),
                        (String) m.get("check"), Finding.Status.valueOf((String) m.get("status")),
                        ((Number) m.get("samples")).longValue(), (String) m.get("detail"), (String) m.get("replay"),
                        (Boolean) m.get("shared"), seed(m.get("seed"))));
            }
            for (Object o : (List<Object>) j.get("problems")) {
                Map<String, Object> m = (Map<String, Object>) o;
                String check = (String) m.get("check");
                if (check.isEmpty()) {
                    report.problem((String) m.get("detail"));
                } else {
                    report.suiteError(check, (String) m.get("detail"));
                }
            }
            ((List<String>) j.get("notes")).forEach(report::note);
            ((Map<String, Object>) j.get("notRun")).forEach((s, why) -> report.notRun(Suite.parse(s), (String) why));
            Object after = j.get("timeToFirstDetectionSeconds");
            report.firstDetection(after == null ? null : new SuiteReport.FirstDetection(
                    Duration.ofMillis(Math.round(((Number) after).doubleValue() * 1000)), (String) j.get("firstFailingCheck")));
            Map<String, FailureRef> failures = new LinkedHashMap<>();
            for (Object o : (List<Object>) j.get("failures")) {
                Map<String, Object> m = (Map<String, Object>) o;
                String id = (String) m.get("id");
                failures.put(id, new FailureRef(id, Suite.parse((String) m.get("suite")), (String) m.get("check"),
                        seed(m.get("seed"))));
            }
            return new Loaded(report, Duration.ofSeconds(((Number) j.get("wallTimeSeconds")).longValue()), failures);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is damaged or from another version of the suite: " + e.getMessage(),
                    e);
        }
    }

    private static OptionalLong seed(Object value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(((Number) value).longValue());
    }
}
