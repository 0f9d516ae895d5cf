package io.nodeplugins.properties.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the main job turns the jcstress verdict's table into findings, notes and replay commands. */
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
                "io.nodeplugins.jcstress.c3.C3_OlderCloseRacingNewerRegister.RemoveByKey\tC3\tcontrol\tPASS\t500\tInteresting [0] 1 of 500"),
                StandardCharsets.UTF_8);
        SuiteReport report = new SuiteReport(FACTORY, SuiteMode.CI);

        JcstressSuite.readTable(table, SuiteMode.CI, FACTORY, "", report);

        assertThat(report.findings()).extracting(Finding::clause, Finding::test, Finding::passed, Finding::samples)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("C2", "C2_SameNodeRegistrations.UnderTest", true, 1000L),
                        org.assertj.core.groups.Tuple.tuple("C3", "C3_OlderCloseRacingNewerRegister.UnderTest", false, 500L));
        Finding failure = report.findings().get(1);
        assertThat(failure.detail()).contains("Forbidden [0] 20 of 500 samples (4.0000%)").contains("\nFAILED:");
        assertThat(failure.replay()).startsWith("java -Dnodeplugins.factory='" + FACTORY + "' -cp jcstress-tests/target/jcstress.jar ")
                .contains("-t 'io.nodeplugins.jcstress.c3.C3_OlderCloseRacingNewerRegister.UnderTest'")
                .contains("-jvmArgs '-Dnodeplugins.factory=" + FACTORY + "'");
        assertThat(report.brokenClauses()).containsExactly("C3");
        assertThat(report.toMarkdown(Duration.ofSeconds(5)))
                .contains("C1_ThreeNodesRegister.UnderTest (C1) not run: it has 3 actors")
                .contains("| C3 handle-scoped removal | FAIL 0/1, 500 samples |");
    }

    @Test
    void aFactoryInsideTheJcstressJarNeedsNoExtraClassPathButAnotherOneDoes(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("jcstress.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("io/nodeplugins/registry/NodeRegistryFactory$Reference.class"));
            zip.closeEntry();
        }
        assertThat(JcstressSuite.outsideTheJar(jar, "io.nodeplugins.registry.NodeRegistryFactory$Reference")).isEmpty();
        assertThat(JcstressSuite.outsideTheJar(jar, SuiteMainTest.NullFactory.class.getName()))
                .startsWith(java.io.File.pathSeparator).contains("test-classes");
        assertThat(JcstressSuite.outsideTheJar(jar, "com.example.Missing")).isEmpty();
    }

    @Test
    void theCiModeMatchesWhatMvnVerifyRunsAndTheThoroughModeUsesAPreset() throws Exception {
        // The CI setting is written twice, here and as jcstress.settings in the jcstress-tests pom
        // (a pom cannot read a Java constant): they must not drift apart.
        String pom = Files.readString(Path.of("..", "jcstress-tests", "pom.xml"));
        java.util.regex.Matcher inPom = java.util.regex.Pattern.compile("<jcstress.settings>([^<]+)</jcstress.settings>")
                .matcher(pom);
        assertThat(inPom.find()).as("jcstress.settings in jcstress-tests/pom.xml").isTrue();
        assertThat(JcstressSuite.settings(SuiteMode.CI, "F"))
                .containsExactly(inPom.group(1).trim().replace("${nodeplugins.factory}", "F").split("\\s+"))
                .containsExactly("-f", "1", "-sc", "false", "-pth", "false",
                "-iters", "3", "-time", "250", "-jvmArgs", "-Dnodeplugins.factory=F");
        assertThat(JcstressSuite.settings(SuiteMode.SOAK, "F")).isEqualTo(JcstressSuite.settings(SuiteMode.CI, "F"));
        assertThat(JcstressSuite.settings(SuiteMode.THOROUGH, "F"))
                .containsExactly("-m", "quick", "-jvmArgsPrepend", "-Dnodeplugins.factory=F");
    }
}
