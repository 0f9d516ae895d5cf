package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.registry.Clause;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** How the main job launches jcstress and turns the verdict's table into findings, notes and replay commands. */
class JcstressSuiteTest {

    private static final String FACTORY = "io.nodeplugins.properties.faulty.RemoveByKeyRegistry$Factory";

    @Test
    void theVerdictTableBecomesFindingsOfTheTestsOfTheImplementation(@TempDir Path dir) throws Exception {
        Path table = dir.resolve(JcstressSuite.VERDICT_TABLE);
        Files.write(table, List.of(
                "test\tclause\trole\tverdict\tsamples\tdetail",
                "io.nodeplugins.jcstress.c1.C1_ThreeNodesRegister.UnderTest\tC1\tunder-test\tNOT-RUN\t0\tnot run: it has 3 actors and jcstress had 2 CPUs",
                "io.nodeplugins.jcstress.c2.C2_SameNodeRegistrations.UnderTest\tC2\tunder-test\tPASS\t1000\tAcceptable [1] 1,000 of 1,000 samples (100.0000%): fine",
                "io.nodeplugins.jcstress.c3.C3_OlderCloseRacingNewerRegister.UnderTest\tC3\tunder-test\tFAIL\t500"
                        + "\tForbidden [0] 20 of 500 samples (4.0000%): the newer one was removed\\nFAILED: observed a forbidden outcome 20 times",
                "io.nodeplugins.jcstress.c3.C3_OlderCloseRacingNewerRegister.RemoveByKey\tC3\tcontrol\tPASS\t500\tInteresting [0] 1 of 500",
                "io.nodeplugins.jcstress.c6.C6_Two.UnderTest\tC1,C6\tunder-test\tPASS\t7\tfine"),
                StandardCharsets.UTF_8);
        SuiteReport report = new SuiteReport(FACTORY, Effort.CI);

        SuiteRun run = new SuiteRun(Effort.CI, FACTORY, List.of(), java.util.Map.of("nodeplugins.tries", "50"));
        JcstressSuite.readTable(table, run, report);

        assertThat(report.findings()).extracting(Finding::clause, Finding::test, Finding::passed, Finding::samples,
                        Finding::shared)
                .containsExactly(
                        Tuple.tuple(Clause.C2, "C2_SameNodeRegistrations.UnderTest", true, 1000L, false),
                        Tuple.tuple(Clause.C3, "C3_OlderCloseRacingNewerRegister.UnderTest", false, 500L, false),
                        Tuple.tuple(Clause.C1, "C6_Two.UnderTest", true, 7L, true),
                        Tuple.tuple(Clause.C6, "C6_Two.UnderTest", true, 7L, true));
        Finding failure = report.findings().get(1);
        assertThat(failure.detail()).contains("Forbidden [0] 20 of 500 samples (4.0000%)").contains("\nFAILED:");
        assertThat(failure.replay()).as("the main job reruns the one test with the run's factory and settings")
                .isEqualTo("./suite --mode ci --factory '" + FACTORY + "' --only C3_OlderCloseRacingNewerRegister.UnderTest"
                        + " -Dnodeplugins.tries=50");
        assertThat(report.brokenClauses()).containsExactly(Clause.C3);
        assertThat(report.toMarkdown(Duration.ofSeconds(5)))
                .contains("C1_ThreeNodesRegister.UnderTest (C1) not run: it has 3 actors")
                .contains("| C3 handle-scoped removal | FAIL 0/1, 500 samples |");
    }

    @Test
    void theLauncherGetsTheSettingsAndTheFactoryAsSystemProperties() {
        List<String> command = JcstressSuite.launch("j.jar", ":my.jar", FACTORY,
                Settings.of(Effort.THOROUGH).withTries(3));

        assertThat(command).containsSubsequence("--enable-native-access=ALL-UNNAMED", "-Dnodeplugins.factory=" + FACTORY,
                "-Dnodeplugins.effort=thorough", "-Dnodeplugins.tries=3", "-cp", "j.jar:my.jar", JcstressSuite.LAUNCHER);
    }

    @Test
    void aFactoryInsideTheJcstressJarNeedsNoExtraClassPathButAnotherOneGetsItsDependenciesToo(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("jcstress.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("io/nodeplugins/registry/NodeRegistryFactory$Reference.class"));
            zip.closeEntry();
        }
        assertThat(JcstressSuite.outsideTheJar(jar, "io.nodeplugins.registry.NodeRegistryFactory$Reference")).isEmpty();
        String extra = JcstressSuite.outsideTheJar(jar, SuiteMainTest.NullFactory.class.getName());
        assertThat(extra).startsWith(java.io.File.pathSeparator).contains("test-classes")
                .as("a dependency of a registry outside the jar (gRPC's need grpc-api)").contains("grpc-api");
        assertThat(extra.split(java.io.File.pathSeparator)).as("the kit's own classes come from the jcstress jar")
                .doesNotContain(java.nio.file.Path.of("target", "classes").toAbsolutePath().toString());
    }
}
