package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.engine.core.SuiteError;
import io.nodeplugins.properties.faulty.SimpleLockedRegistry;
import io.nodeplugins.registry.NodeRegistryFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What Lincheck reports is blamed on the registry only when it is a verdict: invalid results, or a
 * failure that reappears on real threads. Registries that lock on every read (a monitor, a
 * {@code ReentrantLock}) pass stress and model checking; a hang the model checker reports for them
 * but real threads do not reproduce passes with a note; a crash inside Lincheck is a suite error.
 */
class LincheckCheckTest {

    /** A fifth of the CI iterations: enough to exercise the path, short enough for every build. */
    private static final Settings SHORT = new Settings(Effort.CI, 1, 1, OptionalLong.empty(), 1, 1, 1, 0, 0.2,
            List.of());

    private static final NodeRegistryFactory LOCKED = new ReentrantLockRegistry.Declaration();

    /** What the model checker printed for a ReentrantLock registry that no real run can hang in. */
    private static final String HUNG = String.join("\n",
            "= The execution has hung, see the thread dump =",
            "| ------------------------------------------- |",
            "|       Thread 1        |      Thread 2       |",
            "| ------------------------------------------- |",
            "| register(0, 0, 0): registered p1 |        |",
            "| ------------------------------------------- |",
            "| snapshot(): <hung>    | snapshot(): <hung>  |",
            "| require(0)            |                     |",
            "| ------------------------------------------- |",
            "",
            "The following interleaving leads to the error: ...");

    @Test
    void registriesThatLockOnEveryReadPassStressAndModelChecking() {
        for (NodeRegistryFactory factory : List.of(LOCKED, new SimpleLockedRegistry.Factory())) {
            assertThat(LincheckCheck.run(factory, LincheckOptions.stress(SHORT), ReadOperations.class, false))
                    .as("stress of %s", factory).isEmpty();
            assertThat(LincheckCheck.run(factory, LincheckOptions.modelChecking(SHORT), ReadOperations.class, true))
                    .as("model checking of %s", factory).isEmpty();
        }
    }

    @Test
    void aModelCheckersHangThatRealThreadsDoNotReproducePassesWithANote() {
        assertThat(LincheckCheck.scenario(HUNG)).hasSize(2);

        Optional<String> note = LincheckCheck.judge(LOCKED, () -> {
            throw new AssertionError(HUNG);
        }, ReadOperations.class, true);

        assertThat(note).hasValueSatisfying(n -> assertThat(n).contains("did not reproduce", "ReentrantLockRegistry",
                "snapshot(): <hung>"));
    }

    @Test
    void aHangThatRealThreadsReproduceIsAVerdict() {
        NodeRegistryFactory hangsOnSnapshot = new HangingSnapshotRegistry.Declaration();

        assertThatThrownBy(() -> LincheckCheck.judge(hangsOnSnapshot, () -> {
            throw new AssertionError(HUNG);
        }, ReadOperations.class, true)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Confirmed on real threads: run 1 hung");
    }

    @Test
    void invalidResultsAreAVerdictAndACrashOfLincheckIsASuiteError() {
        assertThatThrownBy(() -> LincheckCheck.judge(LOCKED, () -> {
            throw new AssertionError("= Invalid execution results =\n| --- |");
        }, ReadOperations.class, true)).isInstanceOf(AssertionError.class).hasMessageStartingWith("= Invalid");
        assertThatThrownBy(() -> LincheckCheck.judge(LOCKED, () -> {
            throw new StackOverflowError("in LoadBalancerProvider.hashCode, instrumented");
        }, ReadOperations.class, false)).isInstanceOf(SuiteError.class)
                .hasMessageStartingWith("suite error: Lincheck crashed while checking ReentrantLockRegistry");
        assertThatThrownBy(() -> LincheckCheck.judge(LOCKED, () -> {
            throw new AssertionError(HUNG.replace("The execution has hung, see the thread dump",
                    "The execution failed with an unexpected exception"));
        }, ReadOperations.class, true)).isInstanceOf(SuiteError.class).hasMessageContaining("did not reproduce");
    }
}
