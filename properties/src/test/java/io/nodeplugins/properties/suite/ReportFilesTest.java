package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.registry.Clause;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.nodeplugins.properties.suite.Finding.Status.ERROR;
import static io.nodeplugins.properties.suite.Finding.Status.FAIL;
import static io.nodeplugins.properties.suite.Finding.Status.NOT_APPLICABLE;
import static io.nodeplugins.properties.suite.Finding.Status.PASS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's machine-readable files: junit.xml parses and its counts are the Markdown's; summary.json
 * reads back to the same verdict; and no file holds a control character or an absolute path of the
 * machine, whatever a tool put into a finding.
 */
class ReportFilesTest {

    private static SuiteReport report(String absolute) {
        SuiteReport report = new SuiteReport("com.example.F", Effort.CI);
        report.run(new SuiteRun(Effort.CI, "com.example.F", List.of(absolute + "/lib/my.jar"),
                Map.of("nodeplugins.tries", "50")));
        report.add(new Finding(Clause.C1, Suite.UNIT, "Unit.C1Register.a()", PASS, 1, "", "", false));
        report.add(new Finding(Clause.C6, Suite.UNIT, "Unit.C6Await.b()", NOT_APPLICABLE, 0, "n/a: no await", "", false));
        report.add(new Finding(Clause.C3, Suite.SEQUENTIAL, "Sequential.everyCommandMixed()", FAIL, 3,
                "Blamed on C3\nLincheck said \u0000\u0007 at " + absolute + "/target/trace.txt\n  r1.close();", "",
                false, OptionalLong.of(-42)));
        report.add(new Finding(Clause.C1, Suite.LINCHECK, "Lincheck.stress()", ERROR, 0,
                "suite error: Lincheck crashed in " + absolute, "", true));
        report.add(new Finding(Clause.C2, Suite.LINCHECK, "Lincheck.stress()", ERROR, 0,
                "suite error: Lincheck crashed in " + absolute, "", true));
        report.suiteError("jcstress", "suite error: jcstress did not finish; see " + absolute + "/jcstress/run.log");
        report.note("ran in " + absolute);
        return report;
    }

    @Test
    void noFileHoldsAControlCharacterOrAnAbsolutePath(@TempDir Path dir) throws Exception {
        String cwd = Path.of("").toAbsolutePath().toString();
        for (String absolute : List.of(cwd, dir.toAbsolutePath().toString())) {
            Path out = dir.resolve("r" + absolute.length());
            report(absolute).write(out, Duration.ofSeconds(3));
            for (String file : List.of("summary.md", "index.html", "junit.xml", "summary.json")) {
                String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
                // a relative path that climbs to the same place ("../../work/x") names it, but not absolutely
                assertThat(text).as(file).doesNotContainPattern("(?<!\\.\\.)" + Pattern.quote(absolute))
                        .doesNotContain("\u0000", "\u0007")
                        .doesNotContainPattern("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]");
            }
            assertThat(Files.readString(out.resolve("summary.md"))).contains("Lincheck said \\u0000\\u0007 at ");
        }
    }

    @Test
    void theJunitXmlParsesAndItsCountsAreTheMarkdowns(@TempDir Path dir) throws Exception {
        SuiteReport report = report("/nonexistent-root-dir");
        report.write(dir, Duration.ofSeconds(3));

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("junit.xml").toFile());
        String md = Files.readString(dir.resolve("summary.md"));
        Matcher m = Pattern.compile("- checks: (\\d+): (\\d+) passed, (\\d+) failed, (\\d+) n/a, (\\d+) suite errors; (\\d+)"
                + " problems of the run").matcher(md);
        assertThat(m.find()).as(md).isTrue();
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        int checks = Integer.parseInt(m.group(1));
        int problems = Integer.parseInt(m.group(6));
        assertThat(List.of(checks, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))))
                .containsExactly(4, 1, 1, 1);
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(checks + problems));
        assertThat(root.getAttribute("failures")).isEqualTo(m.group(3));
        assertThat(root.getAttribute("skipped")).isEqualTo(m.group(4));
        assertThat(root.getAttribute("errors")).isEqualTo(String.valueOf(Integer.parseInt(m.group(5)) + problems));
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(checks + problems);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(Integer.parseInt(m.group(3)));
        assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(Integer.parseInt(m.group(4)));
        assertThat(xml.getElementsByTagName("error").getLength()).isEqualTo(Integer.parseInt(m.group(5)) + problems);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).matches("F1-[0-9a-f]{4} C3: Blamed on C3");
        assertThat(failure.getTextContent()).contains("r1.close();", "Replay: ./suite --replay F1-");
        assertThat(xml.getElementsByTagName("testsuite").getLength()).as("unit, sequential, Lincheck, main job")
                .isEqualTo(4);
    }

    @Test
    void summaryJsonReadsBackToTheSameReport(@TempDir Path dir) throws Exception {
        SuiteReport report = report("/nonexistent-root-dir");
        report.write(dir, Duration.ofSeconds(3));

        SummaryJson.Loaded loaded = SummaryJson.read(dir);

        assertThat(loaded.report().verdict()).isEqualTo(report.verdict()).isEqualTo(SuiteReport.Verdict.FAIL);
        assertThat(loaded.report().brokenClauses()).isEqualTo(report.brokenClauses());
        assertThat(loaded.report().toMarkdown(Duration.ofSeconds(3))).isEqualTo(report.toMarkdown(Duration.ofSeconds(3)));
        assertThat(loaded.failures().values()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("Sequential.everyCommandMixed()");
            assertThat(f.seed()).hasValue(-42);
        });
        assertThat(Json.parse(Files.readString(dir.resolve("summary.json")))).isInstanceOf(Map.class);
    }
}
