package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job's command line, its errors, and one end-to-end run on a faulty registry. */
class SuiteMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Properties saved;

    @BeforeEach
    void saveSystemProperties() {
        saved = (Properties) System.getProperties().clone();
    }

    @AfterEach
    void restoreSystemProperties() {
        System.setProperties(saved);
    }

    private int run(String... args) {
        return SuiteMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "--mode fast|unknown mode 'fast': use one of ci, thorough, soak",
            "--mode soak|--mode soak needs a time budget",
            "--mode soak --budget tomorrow|time budget 'tomorrow' is not a duration",
            "--budget -5m|time budget '-5m' is not a duration",
            "--budget 0s|must be positive",
            "--mode ci --budget 5m|--budget applies only to --mode soak",
            "--factory com.example.NoSuchFactory|'com.example.NoSuchFactory' was not found on the class path",
            "--factory java.lang.String|does not implement io.nodeplugins.registry.NodeRegistryFactory",
            "--factory io.nodeplugins.properties.suite.SuiteMainTest$NullFactory|returned null from create()",
            "--factory io.nodeplugins.properties.suite.SuiteMainTest$ThrowingFactory|threw from create(): java.lang.IllegalStateException: cannot connect",
            "--factory io.nodeplugins.properties.suite.SuiteMainTest$ThrowingConstructorFactory|threw in its constructor",
            "--colour red|unknown option '--colour'",
            "--mode|option --mode needs a value",
            "--skip jcstress,fuzz|unknown suite 'fuzz': use one of jcstress, unit, sequential, parallel, lincheck"})
    void badUsageGetsAClearErrorAndExitCode2(String args, String message) {
        assertThat(run(args.split(" "))).isEqualTo(SuiteMain.USAGE);
        assertThat(errors()).contains(message).contains("usage: suite");
    }

    @Test
    void aMalformedSettingOverrideIsBadUsage() {
        System.setProperty(Settings.LINCHECK_SCALE, "fast");

        assertThat(run("--mode", "ci")).isEqualTo(SuiteMain.USAGE);
        assertThat(errors()).contains("nodeplugins.lincheck.scale must be a number, was 'fast'");
    }


    @Test
    void durationsAcceptIsoAndShortForms() {
        assertThat(SuiteOptions.parseDuration("90s")).hasSeconds(90);
        assertThat(SuiteOptions.parseDuration("20m")).hasMinutes(20);
        assertThat(SuiteOptions.parseDuration("PT2H")).hasHours(2);
    }

    @Test
    void aFaultyRegistryFailsWithItsClauseNamedAndANonZeroExitCode(@TempDir Path dir) throws Exception {
        // Shorter than ci: this test proves the wiring, the contracts' own meta-tests prove their power.
        System.setProperty(Settings.TRIES, "50");
        System.setProperty(Settings.SCENARIOS, "10");
        System.setProperty(Settings.LINCHECK_SCALE, "0.2");
        Path report = dir.resolve("report");
        // LeakingWaiterRegistry passes Lincheck quickly; one whose bug Lincheck finds costs its minimisation.
        int exit = run("--mode", "ci", "--factory", "io.nodeplugins.properties.faulty.LeakingWaiterRegistry$Factory",
                "--report", report.toString(), "--jcstress-jar", dir.resolve("absent.jar").toString());

        assertThat(exit).isEqualTo(SuiteMain.VIOLATION);
        String summary = Files.readString(report.resolve("summary.md"));
        assertThat(summary).contains("LeakingWaiterRegistry").contains("verdict: **FAIL**");
        assertThat(summary.lines().filter(l -> l.startsWith("- verdict")).findFirst().orElseThrow())
                .contains("C6");
        assertThat(summary).contains("| C6 await | - | FAIL").contains("Unit.C6Await.manyTimeoutsLeaveNoWaiterBehind()")
                .contains("| C1 register | - | pass");
        assertThat(summary).containsPattern("Replay: `./suite --replay F\\d+-[0-9a-f]{4} --report ")
                .containsPattern("--only 'Sequential\\.[a-zA-Z]+\\(\\)' --seed -?\\d+ -Dnodeplugins.tries=50");
        assertThat(Files.readString(report.resolve("index.html"))).contains("<td class=\"fail\">");
    }

    /** A factory whose create() returns null. */
    public static final class NullFactory implements NodeRegistryFactory {
        @Override
        public <P> PluginRegistry<String, P> create() {
            return null;
        }
    }

    /** A factory whose implementation throws on construction. */
    public static final class ThrowingFactory implements NodeRegistryFactory {
        @Override
        public <P> PluginRegistry<String, P> create() {
            throw new IllegalStateException("cannot connect");
        }
    }

    /** A factory that cannot even be constructed. */
    public static final class ThrowingConstructorFactory implements NodeRegistryFactory {
        /** Throws. */
        public ThrowingConstructorFactory() {
            throw new IllegalStateException("no config");
        }

        @Override
        public <P> PluginRegistry<String, P> create() {
            throw new AssertionError("unreachable");
        }
    }
}
