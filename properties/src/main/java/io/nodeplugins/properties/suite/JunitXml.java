package io.nodeplugins.properties.suite;

import io.nodeplugins.registry.Clause;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report as JUnit XML ({@code junit.xml}), for CI systems that show test results: one
 * {@code testsuite} per suite, one {@code testcase} per check (a check of several clauses once, its
 * clauses in a property); a failure carries its id, blamed clauses, minimal scenario and replay
 * commands; a check that did not apply is {@code skipped} with why; a suite error is an
 * {@code error}. The problems of the run (a tool that could not run, a check over its time limit
 * without a finding of its own) are {@code error}s of the testsuite "main job". Stateless.
 */
final class JunitXml {

    private JunitXml() {
    }

    /**
     * Renders the report.
     *
     * @param report    the report
     * @param wallTime  how long the run took
     * @param replayArg what a replay by id needs besides the id, or empty
     * @return the XML document
     */
    static String render(SuiteReport report, Duration wallTime, String replayArg) {
        Map<List<Object>, Finding.Status> checks = report.checks();
        List<SuiteReport.Listed> failures = report.failures();
        long[] c = report.counts();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"nodeplugins suite: ").append(attr(report.implementation())).append("\" tests=\"")
                .append(c[0] + c[5]).append("\" failures=\"").append(c[2]).append("\" errors=\"").append(c[4] + c[5])
                .append("\" skipped=\"").append(c[3]).append("\" time=\"").append(seconds(wallTime)).append("\">\n");
        for (Suite suite : Suite.values()) {
            List<List<Object>> mine = checks.keySet().stream().filter(k -> k.get(0) == suite).toList();
            if (mine.isEmpty()) {
                continue;
            }
            long failed = mine.stream().filter(k -> checks.get(k) == Finding.Status.FAIL).count();
            long errors = mine.stream().filter(k -> checks.get(k) == Finding.Status.ERROR).count();
            long skipped = mine.stream().filter(k -> checks.get(k) == Finding.Status.NOT_APPLICABLE).count();
            x.append("  <testsuite name=\"").append(attr(suite.title())).append("\" tests=\"").append(mine.size())
                    .append("\" failures=\"").append(failed).append("\" errors=\"").append(errors).append("\" skipped=\"")
                    .append(skipped).append("\">\n");
            for (List<Object> key : mine) {
                String test = (String) key.get(1);
                List<Finding> findings = report.findings().stream()
                        .filter(f -> f.suite() == suite && f.test().equals(test)).toList();
                x.append("    <testcase classname=\"nodeplugins.").append(suite.cliName()).append("\" name=\"")
                        .append(attr(test)).append("\">\n");
                x.append("      <properties><property name=\"clauses\" value=\"").append(clauses(findings))
                        .append("\"/></properties>\n");
                Finding.Status status = checks.get(key);
                Finding first = findings.stream().filter(f -> f.status() == status).findFirst().orElseThrow();
                switch (status) {
                    case FAIL -> {
                        SuiteReport.Listed listed = failures.stream().filter(l -> l.finding().suite() == suite
                                && l.finding().test().equals(test)).findFirst().orElseThrow();
                        String replay = SuiteReport.replayById(listed.id(), replayArg);
                        x.append("      <failure type=\"").append(listed.label()).append("\" message=\"")
                                .append(attr(listed.id() + " " + listed.label() + ": " + headline(first.detail())))
                                .append("\">").append(text(first.detail().strip() + "\n\nReplay: " + replay
                                        + (first.replay().isEmpty() ? "" : "\nor: " + first.replay())))
                                .append("</failure>\n");
                    }
                    case ERROR -> x.append("      <error type=\"suite error\" message=\"")
                            .append(attr(headline(first.detail()))).append("\">").append(text(first.detail().strip()))
                            .append("</error>\n");
                    case NOT_APPLICABLE -> x.append("      <skipped message=\"").append(attr(headline(first.detail())))
                            .append("\"/>\n");
                    case PASS -> {
                    }
                }
                x.append("    </testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        List<SuiteReport.Problem> problems = report.problems();
        if (!problems.isEmpty()) {
            x.append("  <testsuite name=\"main job\" tests=\"").append(problems.size()).append("\" failures=\"0\" errors=\"")
                    .append(problems.size()).append("\" skipped=\"0\">\n");
            for (int i = 0; i < problems.size(); i++) {
                SuiteReport.Problem p = problems.get(i);
                String name = p.check().isEmpty() ? "problem " + (i + 1) : p.check();
                x.append("    <testcase classname=\"nodeplugins.main\" name=\"").append(attr(name)).append("\">\n")
                        .append("      <error type=\"suite error\" message=\"").append(attr(headline(p.detail())))
                        .append("\">").append(text(p.detail())).append("</error>\n    </testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    private static String clauses(List<Finding> findings) {
        List<String> names = new ArrayList<>();
        findings.stream().map(Finding::clause).distinct().sorted().map(Clause::name).forEach(names::add);
        return String.join(",", names);
    }

    /** The first non-blank line of a detail, for a message attribute. */
    private static String headline(String detail) {
        return detail.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
