package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.faulty.RemoveByNameMapRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run split into four shards (run here as four local processes at once, as four CI runners or
 * four pods of an Indexed Job run them) and merged judges a faulty registry as one run does: the same verdict, the same blamed clauses, every check counted once. And
 * the arithmetic of a split: shares add up, each name belongs to one shard.
 */
class ShardedRunTest {

    private static final String FACTORY = RemoveByNameMapRegistry.Declaration.class.getName();

    private Properties saved;

    @BeforeEach
    void shortSettings() {
        saved = (Properties) System.getProperties().clone();
        System.setProperty(Settings.TRIES, "40");
    }

    @AfterEach
    void restoreSystemProperties() {
        System.setProperties(saved);
    }

    private static int run(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return SuiteMain.run(args, sink, sink);
    }

    @Test
    void fourShardsMergedGiveTheVerdictAndBlameOfOneRun(@TempDir Path dir) throws Exception {
        String[] common = {"--factory", FACTORY, "--skip", "jcstress,parallel,lincheck"};
        Path whole = dir.resolve("whole");
        int wholeExit = run(concat(common, "--report", whole.toString()));
        List<String> shards = new ArrayList<>();
        List<Process> processes = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            Path shard = dir.resolve("shard-" + k);
            shards.add(shard.toString());
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), "-D" + Settings.TRIES + "=40",
                    SuiteMain.class.getName()));
            command.addAll(List.of(concat(common, "--shard", k + "/4", "--report", shard.toString())));
            processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("shard-" + k + ".log").toFile()).start());
        }
        for (int k = 1; k <= 4; k++) {
            Process process = processes.get(k - 1);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("shard %d/4 finished", k).isTrue();
            assertThat(process.exitValue()).as("shard %d/4 on its own:%n%s", k,
                    Files.readString(dir.resolve("shard-" + k + ".log"))).isIn(SuiteMain.PASSED, SuiteMain.VIOLATION);
        }
        Path merged = dir.resolve("merged");

        int mergedExit = run(concat(new String[] {"merge", "--report", merged.toString()}, shards.toArray(String[]::new)));

        SuiteReport one = SummaryJson.read(whole).report();
        SuiteReport all = SummaryJson.read(merged).report();
        assertThat(mergedExit).isEqualTo(wholeExit).isEqualTo(SuiteMain.VIOLATION);
        assertThat(all.verdict()).isEqualTo(one.verdict());
        assertThat(all.brokenClauses()).isEqualTo(one.brokenClauses()).extracting(Enum::name).containsExactly("C3");
        assertThat(all.checks().keySet()).as("every check once, the unit tests split between the shards")
                .containsExactlyInAnyOrderElementsOf(one.checks().keySet());
        assertThat(Files.readString(merged.resolve("summary.md")))
                .contains("merged from 4 reports (1/4, 2/4, 3/4, 4/4)").doesNotContain("missing: its checks");
        assertThat(Files.readString(dir.resolve("shard-4").resolve("summary.json")))
                .as("a shard's replay commands carry the run's settings, not the shard's share")
                .contains("-Dnodeplugins.tries=40").doesNotContain("-Dnodeplugins.tries=10");
        int withoutOne = run(concat(new String[] {"merge", "--report", dir.resolve("three").toString()},
                shards.subList(0, 3).toArray(String[]::new)));
        assertThat(withoutOne).isEqualTo(SuiteMain.VIOLATION);
        assertThat(Files.readString(dir.resolve("three").resolve("summary.md")))
                .contains("shard 4/4 missing: its checks have no verdict in this report");
    }

    @Test
    void sharesAddUpAndEveryNameHasOneShard() {
        for (int total : new int[] {1, 7, 200, 5000}) {
            assertThat(IntStream.rangeClosed(1, 4).map(k -> new Shard(k, 4).share(total)).sum())
                    .isEqualTo(Math.max(total, 4));
        }
        for (String name : List.of("Unit.C1Register.a()", "Unit.C10BadInput.b() [3] x", "")) {
            assertThat(IntStream.rangeClosed(1, 3).filter(k -> new Shard(k, 3).owns(name)).count()).isEqualTo(1);
        }
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.WHOLE.seed(42)).isEqualTo(42);
        assertThat(new Shard(1, 2).seed(42)).isNotEqualTo(new Shard(2, 2).seed(42));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Shard.parse("5/4"))
                .hasMessageContaining("--shard 5/4 is not a part of a run");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
