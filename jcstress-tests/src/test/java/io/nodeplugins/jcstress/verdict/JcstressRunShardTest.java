package io.nodeplugins.jcstress.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.nodeplugins.properties.faulty.RemoveByNameMapRegistry;
import io.nodeplugins.properties.suite.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the launcher splits the tests of the implementation over shards, what it does when there is no
 * test to run, and when jcstress's final line only restates the failed tests the verdict already lists.
 */
class JcstressRunShardTest {

    @Test
    void theShardsOfASortedListArePartsOfItThatTogetherAreAllOfIt() {
        List<String> tests = List.of("a", "b", "c", "d", "e");
        List<String> all = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            List<String> mine = JcstressRun.shard(tests, new Shard(k, 3));
            assertThat(mine).isSubsetOf(tests).isNotEmpty();
            assertThat(all).doesNotContainAnyElementsOf(mine);
            all.addAll(mine);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(tests);
        assertThat(JcstressRun.shard(tests, new Shard(2, 3))).containsExactly("b", "e");
    }

    @Test
    void aShardWithoutATestPassesAtOnceWithAnEmptyTable(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = JcstressRun.run(List.of(dir.toString(), "NoSuchTest", "--implementation-only", "--shard", "2/2"),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(JcstressRun.PASSED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("shard 2/2 has no test");
        assertThat(Files.readAllLines(dir.resolve(JcstressVerdict.VERDICT_TABLE))).containsExactly(JcstressVerdict.TABLE_HEADER);
    }

    @Test
    void aSelectionWhoseTestsAllDoNotApplyPassesWithTheirNotApplicableRows(@TempDir Path dir) throws Exception {
        // The implementation under test is fixed once per JVM, so the launcher runs in a JVM of its own, against a
        // map registry that offers no await: the one selected test does not apply, and jcstress has nothing to run.
        Path log = dir.resolve("launcher.log");
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dnodeplugins.factory=" + RemoveByNameMapRegistry.Declaration.class.getName(),
                JcstressRun.class.getName(), dir.resolve("results").toString(), "C6_AwaitRacingRegister",
                "--implementation-only").redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
        assertThat(launcher.exitValue()).as(Files.readString(log)).isEqualTo(JcstressRun.PASSED);
        assertThat(Files.readString(log)).contains("has no test of the selection 'C6_AwaitRacingRegister' that applies");
        List<String> table = Files.readAllLines(dir.resolve("results").resolve(JcstressVerdict.VERDICT_TABLE));
        assertThat(table).hasSize(2).first().isEqualTo(JcstressVerdict.TABLE_HEADER);
        assertThat(table.get(1)).startsWith("io.nodeplugins.jcstress.c6.C6_AwaitRacingRegister.UnderTest\tC6\tunder-test\tN/A\t0\t")
                .contains("n/a: the registry does not offer");
    }

    @Test
    void aShardWithoutImplementationOnlyIsBadUsage(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(JcstressRun.run(List.of(dir.toString(), ".*", "--shard", "1/2"),
                new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(JcstressRun.NOT_RUN);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: JcstressRun");
    }

    @Test
    void aFinalLineThatOnlyCountsTheListedFailuresIsNoProblemOfItsOwn(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("console.log");
        Files.writeString(log, "(ETA: now) (Results: 12 planned; 11 passed, 1 failed, 0 soft errs, 0 hard errs)\n");
        ConsoleLog oneFailed = ConsoleLog.read(log);

        assertThat(oneFailed.isClean()).isFalse();
        assertThat(oneFailed.onlyFailedTests(1)).as("the verdict lists the failed test").isTrue();
        assertThat(oneFailed.onlyFailedTests(0)).as("a failure the verdict did not see is news").isFalse();
        Files.writeString(log, "(Results: 12 planned; 11 passed, 0 failed, 0 soft errs, 1 hard errs)\n");
        assertThat(ConsoleLog.read(log).onlyFailedTests(1)).as("an error of jcstress itself").isFalse();
    }
}
