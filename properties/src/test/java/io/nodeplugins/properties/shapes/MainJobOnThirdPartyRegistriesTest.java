package io.nodeplugins.properties.shapes;

import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.faulty.RemoveByNameMapRegistry;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.RegistryDeclaration;
import io.nodeplugins.properties.suite.SuiteMain;
import io.nodeplugins.registry.Clause;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main job's verdicts on registries no one here wrote, read from its {@code summary.md}: for
 * gRPC's {@code NameResolverRegistry} and the correct map (gRPC's {@code LoadBalancerRegistry}, of the
 * same shape, costs 30 s more here, in Lincheck's instrumentation of gRPC; the contracts' own tests
 * run it), no {@code FAIL} (or {@code error}) cell in the row of a
 * clause the registry offers, only {@code n/a} or {@code -} in the row of each clause it does not,
 * the hazards named, exit code 0; the map that removes by name is blamed on C3, in plain words,
 * with exit code 1. Shorter settings than {@code ci}, jcstress skipped: this proves the wiring
 * and the verdicts, the contracts' meta-tests prove their power, the jcstress negative control
 * {@code C3_OlderCloseRacingNewerRegister.RemoveByNameMap} the jcstress catch.
 */
class MainJobOnThirdPartyRegistriesTest {

    /** Held so that gRPC's warning about a missing pick-first stays out of the build log. */
    private static final Logger GRPC_LOAD_BALANCER_LOG = Logger.getLogger("io.grpc.LoadBalancerRegistry");

    static {
        GRPC_LOAD_BALANCER_LOG.setLevel(Level.SEVERE);
    }

    private Properties saved;

    @BeforeEach
    void shortSettings() {
        saved = (Properties) System.getProperties().clone();
        System.setProperty(Settings.TRIES, "50");
        System.setProperty(Settings.SCENARIOS, "10");
        System.setProperty(Settings.LINCHECK_SCALE, "0.2");
    }

    @AfterEach
    void restoreSystemProperties() {
        System.setProperties(saved);
    }

    @ParameterizedTest
    @ValueSource(classes = {GrpcNameResolverRegistryDeclaration.class, ConcurrentMapRegistryDeclaration.class})
    void noFailCellForWhatIsOfferedAndNotApplicableForWhatIsNot(Class<? extends RegistryDeclaration> declaration,
                                                                 @TempDir Path dir) throws Exception {
        Features features = declaration.getDeclaredConstructor().newInstance().features();

        int exit = run(declaration.getName(), dir);

        String summary = Files.readString(dir.resolve("summary.md"));
        System.out.println(summary);
        assertThat(exit).as(summary).isEqualTo(SuiteMain.PASSED);
        for (Clause clause : Clause.values()) {
            List<String> cells = cells(summary, clause);
            if (features.applies(clause)) {
                assertThat(cells).as("%s, offered", clause).noneMatch(c -> c.startsWith("FAIL") || c.startsWith("error"))
                        .anyMatch(c -> c.startsWith("pass"));
            } else {
                assertThat(cells).as("%s, not offered", clause).allMatch(c -> c.equals("n/a") || c.equals("-"))
                        .contains("n/a");
            }
        }
        assertThat(summary).contains("verdict: **PASS**", "Hazard: a miss returns null");
    }

    @Test
    void theMapThatRemovesByNameIsBlamedOnC3InPlainWords(@TempDir Path dir) throws Exception {
        int exit = run(RemoveByNameMapRegistry.Declaration.class.getName(), dir);

        String summary = Files.readString(dir.resolve("summary.md"));
        System.out.println(summary);
        assertThat(exit).isEqualTo(SuiteMain.VIOLATION);
        assertThat(summary.lines().filter(l -> l.startsWith("- verdict")).findFirst().orElseThrow())
                .contains("FAIL", "C3");
        assertThat(cells(summary, Clause.C3)).anyMatch(c -> c.startsWith("FAIL"));
        assertThat(summary).contains("- C3 handle-scoped removal: " + Clause.C3.symptom());
    }

    private static int run(String factory, Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return SuiteMain.run(new String[]{"--mode", "ci", "--factory", factory, "--report", dir.toString(),
                        "--skip", "jcstress"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    /** The cells of a clause's row in the summary's table, without the clause's own cell. */
    private static List<String> cells(String summary, Clause clause) {
        String row = summary.lines().filter(l -> l.startsWith("| " + clause.label() + " |")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + clause + " in:\n" + summary));
        String[] parts = row.split("\\|");
        return List.of(parts).subList(2, parts.length).stream().map(String::trim).toList();
    }
}
