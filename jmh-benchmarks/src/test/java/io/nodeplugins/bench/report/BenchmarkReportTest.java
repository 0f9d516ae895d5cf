package io.nodeplugins.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report generator on a small canned JMH JSON file (src/test/resources/.../canned-jmh-result.json)
 * whose numbers are chosen so that every verdict kind appears: parsing, the ratios and their
 * errors, the target verdicts, the Markdown tables and the PNG.
 */
class BenchmarkReportTest {

    private static final String GUARDED = "io.nodeplugins.bench.GuardedLookupBenchmark.";

    private static JmhResults canned() throws IOException {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                BenchmarkReportTest.class.getResourceAsStream("canned-jmh-result.json"), "canned JSON on the class path"),
                StandardCharsets.UTF_8)) {
            return JmhResults.parse(reader, "canned-jmh-result.json");
        }
    }

    @Test
    void parsesScoresParametersPercentilesSamplesAndSecondaryMetrics() throws IOException {
        JmhResults results = canned();

        assertThat(results.all()).hasSize(19);
        JmhResult guarded = results.find(GUARDED + "guardedLookupOrElseThrow", "nodes", "16").orElseThrow();
        assertThat(guarded.mode()).isEqualTo("avgt");
        assertThat(guarded.primary().score()).isEqualTo(2.2);
        assertThat(guarded.primary().error()).isEqualTo(0.1);
        assertThat(guarded.primary().unit()).isEqualTo("ns/op");
        assertThat(guarded.secondary().get(JmhResult.ALLOCATION).score()).isEqualTo(0.0002);
        assertThat(results.values(GUARDED + "guardedLookupOrElseThrow", "nodes")).containsExactly("16", "1024");

        JmhResult require = results.find("io.nodeplugins.bench.MissPathBenchmark.requireAbsent").orElseThrow();
        assertThat(require.primary().error()).as("JMH writes a missing error as the string NaN").isNaN();

        JmhResult await = results.find(BenchmarkCatalog.AWAIT, "path", "registryAwait").orElseThrow();
        assertThat(await.percentiles()).containsEntry(50.0, 6.0).containsEntry(99.0, 400.0);
        assertThat(await.samples()).isEqualTo(600);

        JmhResult group = results.find(BenchmarkCatalog.READ_WRITE, "table", "reference").orElseThrow();
        assertThat(group.secondary().get("read").score()).isEqualTo(44.0);
        assertThat(group.settings().threads()).isEqualTo(4);
        assertThat(results.settings()).containsExactly(
                "JMH 1.37, JDK 17.0.15 (OpenJDK 64-Bit Server VM), 1 fork, warm-up 2 x 500 ms, measurement 5 x 400 ms");
    }

    @Test
    void ratiosPropagateTheErrorsOfBothScores() {
        Ratio ratio = Ratio.of(new JmhResult.Metric(2.2, 0.1, "ns/op"), new JmhResult.Metric(2.0, 0.1, "ns/op"));

        assertThat(ratio.value()).isCloseTo(1.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ratio.error()).isCloseTo(1.1 * Math.hypot(0.1 / 2.2, 0.1 / 2.0),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ratio.format()).isEqualTo("1.10x ± 0.07");
        assertThat(ratio.straddles(1.05)).isTrue();
        assertThat(ratio.straddles(1.2)).isFalse();
        assertThat(Ratio.of(5000, 6).format()).as("a percentile ratio has no error").isEqualTo("833x");
    }

    @Test
    void targetsSayPassOrMissAndByHowMuch() throws IOException {
        List<Target> targets = Targets.evaluate(canned());

        assertThat(targets).extracting(Target::measured, Target::goal, Target::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.10x ± 0.07", "<= 1.05x", "MISS by 4.8% (within error)"),
                org.assertj.core.groups.Tuple.tuple("1.03x ± 0.00", "<= 1.05x", "PASS"),
                org.assertj.core.groups.Tuple.tuple("0.000400 B/op", "0 B/op (< 1 B/op)", "PASS"),
                org.assertj.core.groups.Tuple.tuple("0.88x ± 0.05", ">= 0.90x", "MISS by 2.2% (within error)"),
                org.assertj.core.groups.Tuple.tuple("1.20x", "<= 1.50x", "PASS"),
                org.assertj.core.groups.Tuple.tuple("833x", ">= 100x", "PASS"));
        assertThat(targets.get(0).name()).endsWith(", 16 nodes");
        assertThat(targets.get(1).name()).endsWith(", 1,024 nodes");
    }

    @Test
    void aRatioWhoseErrorReachesZeroIsFlaggedUnreliableWhateverTheVerdict() {
        assertThat(Target.atMost("x", new Ratio(0.02, 0.06), 1.05).verdict())
                .isEqualTo("PASS (unreliable: error >= ratio)");
        assertThat(Target.atLeast("x", new Ratio(0.5, 0.7), 0.9).verdict())
                .isEqualTo("MISS by 44.4% (unreliable: error >= ratio)");
        assertThat(Target.atLeast("x", new Ratio(0.5, 0.1), 0.9).verdict()).isEqualTo("MISS by 44.4%");
    }

    @Test
    void aRealAllocationMissesTheZeroTarget() {
        assertThat(Target.noAllocation("x", 16.0).verdict()).isEqualTo("MISS by 16 B/op");
        assertThat(Target.noAllocation("x", 0.02).verdict()).isEqualTo("PASS");
    }

    @Test
    void targetsOfSubsetsThatWereNotRunAreReportedAsNotMeasured() {
        JmhResults empty = JmhResults.parse(new StringReader("[]"), "empty");

        assertThat(Targets.evaluate(empty)).hasSize(5).allSatisfy(t -> {
            assertThat(t.verdict()).isEqualTo(Target.NOT_MEASURED);
            assertThat(t.measured()).startsWith("run subset '");
        });
    }

    @Test
    void markdownHasTheTargetsAndOneTablePerSubsetWithRatios() throws IOException {
        JmhResults results = canned();
        String md = MarkdownReport.render(results, Targets.evaluate(results), "benchmark-report.png");

        assertThat(md)
                .contains("- Settings: JMH 1.37, JDK 17.0.15")
                .contains("- Chart: benchmark-report.png")
                .contains("| guarded hit lookup(k).orElseThrow().call() / ConcurrentHashMap.get(k).call(), 16 nodes "
                        + "| 1.10x ± 0.07 | <= 1.05x | **MISS by 4.8% (within error)** |")
                .contains("| 10 ms polling loop median / await wake-up median | 833x | >= 100x | PASS |")
                .contains("| variant | 16 nodes | 1,024 nodes | B/op (worst) |")
                .contains("| lookup(k).orElseThrow().call() | 2.20 ± 0.10 (1.10x) | 4.12 ± 0.01 (1.03x) | 0.0004 (0) |")
                .contains("| ConcurrentHashMap.get(k).call() | 2.00 ± 0.10 (1.00x) | 4.00 ± 0.01 (1.00x) |")
                .contains("| require(absent) (throws) | 2,500 (1,000x) | 1,520 |")
                .contains("| reference registry | 44.0 ± 2.00 (0.88x) | 1.20 ± 0.50 | 150 ± 5.00 (0.94x) |")
                .contains("| registry await | 6.00 | 8.00 | 400 | 900 | 900 | 600 | 1.20x |")
                .contains("| polling, sleep 10 ms | 5,000 | 9,000 | 10,000 | 10,100 | 10,100 | 150 | 1,000x |")
                .contains("| replace one plugin, then snapshot() | 120 ± 10.0 | 9,000 ± 10.0 |")
                .doesNotContain("| lookup(absent)")
                .as("variants that were not run get no row")
                .doesNotContain("| copy-on-write");
    }

    @Test
    void writesTheMarkdownAndAChartWithOnePanelPerSubset(@TempDir Path out) throws IOException {
        List<Target> targets = BenchmarkReport.write(canned(), out);

        assertThat(targets).hasSize(6);
        assertThat(Files.readString(out.resolve(BenchmarkReport.MARKDOWN))).startsWith("# nodeplugins benchmark report");
        BufferedImage png = ImageIO.read(out.resolve(BenchmarkReport.CHART).toFile());
        assertThat(png).as("a readable PNG").isNotNull();
        // five panels, the first (guarded) two cells wide: three rows of two cells
        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(png.getHeight()).isEqualTo(44 + 3 * 460);
    }

    @Test
    void anEmptyResultIsAnErrorNotAnEmptyReport(@TempDir Path out) {
        JmhResults empty = JmhResults.parse(new StringReader("[]"), "empty");

        assertThatThrownBy(() -> BenchmarkReport.write(empty, out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no benchmark");
    }

    @Test
    void malformedJsonIsRejectedNamingTheFile() {
        assertThatThrownBy(() -> JmhResults.parse(new StringReader("{\"benchmark\": 1}"), "x.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.json")
                .hasMessageContaining("-rf json");
        assertThatThrownBy(() -> JmhResults.parse(new StringReader("[{\"mode\": \"avgt\"}]"), "y.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y.json: entry 0");
    }

    @Test
    void commandLineChoosesSubsetsAndSettings() {
        BenchmarkReport.Arguments a = BenchmarkReport.Arguments.parse(
                new String[] {"guarded,await", "miss", "--iterations", "3", "--time", "1s", "--warmup-time", "200ms"});

        assertThat(a.subsets).containsExactly(Subset.GUARDED, Subset.MISS, Subset.AWAIT);
        assertThat(a.iterations).isEqualTo(3);
        assertThat(a.time.convertTo(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(1000);
        assertThat(a.warmupTime.convertTo(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(200);
        assertThat(BenchmarkReport.Arguments.parse(new String[0]).subsets).isEqualTo(EnumSet.allOf(Subset.class));
        assertThatThrownBy(() -> BenchmarkReport.Arguments.parse(new String[] {"guardd"}))
                .hasMessage("unknown subset 'guardd'; known: guarded, miss, contention, await, snapshot, all");
        assertThatThrownBy(() -> BenchmarkReport.Arguments.parse(new String[] {"--time"}))
                .hasMessage("--time needs a value");
        assertThatThrownBy(() -> BenchmarkReport.Arguments.parse(new String[] {"--iterations", "0"}))
                .hasMessage("--iterations must be at least 1, got 0");
    }

    @Test
    void eachSubsetSelectsExactlyItsOwnBenchmarks() {
        assertThat(Subset.GUARDED.includePattern()).isEqualTo("^\\Qio.nodeplugins.bench.GuardedLookupBenchmark\\E\\.");
        assertThat(java.util.regex.Pattern.compile(Subset.AWAIT.includePattern()).matcher(BenchmarkCatalog.AWAIT).find())
                .isTrue();
        assertThat(java.util.regex.Pattern.compile(Subset.MISS.includePattern()).matcher(BenchmarkCatalog.AWAIT).find())
                .isFalse();
    }
}
