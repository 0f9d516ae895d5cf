package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The main job never hangs (a check past its time limit is a suite error with the stuck thread's
 * stack, and the run goes on), and a failure replays by its id from the report alone: the same check,
 * factory, class path (a user's jar given by a relative path) and seed. Short settings: these prove
 * the wiring, the contracts' meta-tests prove their power.
 */
class MainJobLimitsAndReplayTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Properties saved;

    @BeforeEach
    void shortSettings() {
        saved = (Properties) System.getProperties().clone();
        System.setProperty(Settings.TRIES, "50");
    }

    @AfterEach
    void restoreSystemProperties() {
        System.setProperties(saved);
    }

    private int run(String... args) {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return SuiteMain.run(args, stream, stream);
    }

    @Test
    void aCheckThatHangsBecomesASuiteErrorWithItsStackAtItsTimeLimit(@TempDir Path dir) throws Exception {
        System.setProperty(TimeLimits.PROPERTY, "2s");
        long started = System.nanoTime();

        int exit = run("--factory", HangingAwaitRegistry.Factory.class.getName(), "--skip", "jcstress", "--only",
                "Unit.C6Await.aTimedOutAwaitThrowsWithDiagnosticsAndLeavesNothingBehind", "--report", dir.toString());

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String summary = Files.readString(dir.resolve("summary.md"));
        assertThat(exit).as(summary).isEqualTo(SuiteMain.INCOMPLETE);
        assertThat(took).as("the await sleeps for a day; the check's limit is 2 s").isLessThan(Duration.ofMinutes(2));
        assertThat(summary).contains("verdict: **INCOMPLETE**", "## Suite errors",
                "suite error: Unit.C6Await.aTimedOutAwaitThrowsWithDiagnosticsAndLeavesNothingBehind() did not finish"
                        + " in 2.0 s", "HangingAwaitRegistry.await(HangingAwaitRegistry.java", "java.lang.Thread.sleep")
                .contains("| C6 await | - | error 1 |");
        assertThat(Files.readString(dir.resolve("junit.xml"))).contains("<error type=\"suite error\"");
    }

    @Test
    void aFailureReplaysByItsIdWithTheUsersJarGivenByARelativePath(@TempDir Path dir) throws Exception {
        Path jar = userJar(dir.resolve("user"));
        String relative = Path.of("").toAbsolutePath().relativize(jar).toString();
        assertThatThrownBy(() -> Class.forName("example.user.LateCloseRegistryFactory"))
                .as("the factory is only in the user's jar").isInstanceOf(ClassNotFoundException.class);
        Path report = dir.resolve("report");

        int exit = run("--factory", "example.user.LateCloseRegistryFactory", "--classpath", relative,
                "--skip", "jcstress,unit,parallel,lincheck", "--report", report.toString());

        String json = Files.readString(report.resolve("summary.json"));
        assertThat(exit).as(json).isEqualTo(SuiteMain.VIOLATION);
        SummaryJson.Loaded first = SummaryJson.read(report);
        assertThat(first.report().brokenClauses()).extracting(Enum::name).containsExactly("C3");
        SummaryJson.FailureRef failure = first.failures().values().iterator().next();
        assertThat(failure.seed()).isPresent();
        assertThat(json).as("paths relative to the report, or to the working directory in commands")
                .doesNotContainPattern("(?<!\\.\\.)" + java.util.regex.Pattern.quote(jar.toString()))
                .contains("\"classpath\": [\n      \"../user/user.jar\"", "--classpath " + relative + " ");
        System.setProperty(Settings.TRIES, "7"); // the replay takes its settings from the report, not from here

        int replayed = run("--replay", failure.id(), "--report", report.toString());

        assertThat(replayed).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(SuiteMain.VIOLATION);
        SummaryJson.Loaded again = SummaryJson.read(report.resolve("replay"));
        assertThat(again.failures()).hasSize(1);
        SummaryJson.FailureRef replay = again.failures().values().iterator().next();
        assertThat(replay.check()).isEqualTo(failure.check());
        assertThat(replay.seed()).isEqualTo(failure.seed());
        assertThat(scenario(again, replay.check())).as("the same minimal scenario")
                .isEqualTo(scenario(first, failure.check()));
        assertThat(Files.readString(report.resolve("replay").resolve("summary.md")))
                .contains("-Dnodeplugins.tries=50").contains("try 1 of 50");
    }

    private static String scenario(SummaryJson.Loaded loaded, String check) {
        String detail = loaded.report().findings().stream().filter(f -> f.failed() && f.test().equals(check))
                .findFirst().orElseThrow().detail();
        return detail.substring(detail.indexOf("Minimal failing scenario"), detail.indexOf("Seed:"));
    }

    /** A jar with a factory of the remove-by-key registry, compiled now so that no class path of the test holds it. */
    static Path userJar(Path dir) throws Exception {
        Path src = dir.resolve("src/example/user/LateCloseRegistryFactory.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, String.join("\n",
                "package example.user;",
                "public final class LateCloseRegistryFactory implements io.nodeplugins.registry.NodeRegistryFactory {",
                "    public <P> io.nodeplugins.registry.PluginRegistry<String, P> create() {",
                "        return new io.nodeplugins.properties.faulty.RemoveByKeyRegistry.Factory().create();",
                "    }",
                "}", ""));
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        OutputStream log = new ByteArrayOutputStream();
        int status = javac.run(null, log, log, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertThat(status).as(log.toString()).isZero();
        Path jar = dir.resolve("user.jar");
        try (JarOutputStream zip = new JarOutputStream(Files.newOutputStream(jar))) {
            String entry = "example/user/LateCloseRegistryFactory.class";
            zip.putNextEntry(new JarEntry(entry));
            zip.write(Files.readAllBytes(classes.resolve(entry)));
            zip.closeEntry();
        }
        return jar;
    }

    @Test
    void theOldReportIsRemovedFirstButAFolderOfOtherFilesIsRefused(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report");
        Files.createDirectories(report.resolve("jcstress"));
        Files.writeString(report.resolve("summary.md"), "an old report");
        Files.writeString(report.resolve("jcstress").resolve("verdict.tsv"), "old");

        ReportDir.prepare(report);

        assertThat(report).isEmptyDirectory();
        Files.writeString(report.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> ReportDir.prepare(report)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not look like a suite report: it holds notes.txt");
        assertThat(report.resolve("notes.txt")).exists();
        assertThat(run("--report", report.toString())).isEqualTo(SuiteMain.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("does not look like a suite report");
    }

    @Test
    void anOnlyThatMatchesNoCheckIsAnIncompleteRunNotAPass(@TempDir Path dir) throws Exception {
        assertThat(run("--only", "Sequential.noSuchProperty", "--report", dir.toString())).isEqualTo(SuiteMain.INCOMPLETE);
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("--only 'Sequential.noSuchProperty' matched no check");
        assertThat(ContractSuites.Selection.suiteOf("Sequential")).contains(Suite.SEQUENTIAL);
        assertThat(ContractSuites.Selection.suiteOf("C3_OlderCloseRacingNewerRegister.UnderTest")).contains(Suite.JCSTRESS);
        assertThat(ContractSuites.Selection.matches("Unit.C3HandleScopedRemoval", "Unit.C3HandleScopedRemoval.x()")).isTrue();
        assertThat(ContractSuites.Selection.matches("Unit.C3HandleScopedRemoval.x", "Unit.C3HandleScopedRemoval.x()")).isTrue();
        assertThat(ContractSuites.Selection.matches("Unit.C3", "Unit.C3HandleScopedRemoval.x()")).isFalse();
    }
}
