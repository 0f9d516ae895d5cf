package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.contract.lincheck.LincheckOptions;
import io.nodeplugins.properties.contract.lincheck.CoreOperations;
import io.nodeplugins.properties.contract.lincheck.LifecycleOperations;
import io.nodeplugins.properties.contract.lincheck.LincheckCheck;
import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.faulty.AcceptAfterCloseRegistry;
import io.nodeplugins.properties.faulty.CheckThenActRegistry;
import io.nodeplugins.properties.faulty.CorruptingBadInputRegistry;
import io.nodeplugins.properties.faulty.UnsynchronizedMapRegistry;
import io.nodeplugins.registry.NodeRegistryFactory;

import org.jetbrains.lincheck.datastructures.Options;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lincheck, in the options of {@link LincheckContract} and through its {@link LincheckCheck}, agrees
 * with the parallel properties on the faulty registries whose bug is a race on registration: the
 * unsynchronised map (C1) and check-then-act (C2) must fail in stress mode and in model-checking
 * mode, with Lincheck's "Invalid execution results" report. They run the core operations
 * ({@link CoreOperations}: register, close, lookup), where the races show most often. With the
 * lifecycle and bad input added ({@link LifecycleOperations}), stress mode catches the registry
 * that accepts registrations after close (C9) and the one that stores a rejected key (C10).
 */
class LincheckContractCatchesFaultyRegistriesTest {

    private static final Settings CI = Settings.of(Effort.CI);

    @Test
    void stressCatchesTheUnsynchronizedMap() {
        assertCaught(stress(), new UnsynchronizedMapRegistry.Factory(), false);
    }

    @Test
    void modelCheckingCatchesTheUnsynchronizedMap() {
        assertCaught(faultFinding(), new UnsynchronizedMapRegistry.Factory(), true);
    }

    @Test
    void stressCatchesCheckThenAct() {
        assertCaught(stress(), new CheckThenActRegistry.Factory(), false);
    }

    @Test
    void modelCheckingCatchesCheckThenAct() {
        assertCaught(faultFinding(), new CheckThenActRegistry.Factory(), true);
    }

    @Test
    void stressWithCloseCatchesAcceptAfterClose() {
        assertThatThrownBy(() -> LincheckCheck.run(new AcceptAfterCloseRegistry.Factory(), stress(),
                LifecycleOperations.class, false)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invalid execution results");
    }

    @Test
    void stressWithBadInputCatchesCorruptingBadInput() {
        assertThatThrownBy(() -> LincheckCheck.run(new CorruptingBadInputRegistry.Factory(),
                stress(), LifecycleOperations.class, false)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invalid execution results");
    }

    /**
     * Model checking with a larger budget than the CI run of a registry under test: it stops at
     * the first failure, and the faulty scenarios (two registrations racing, then a close or a read
     * in the right thread) are only a few of the generated ones.
     */
    static Options<?, ?> faultFinding() {
        return LincheckOptions.modelChecking(CI).iterations(30).invocationsPerIteration(300)
                .minimizeFailedScenario(false);
    }

    /**
     * Stress mode as the contract runs it, without minimising the failing scenario: this proves
     * that Lincheck finds the bug; the contract's own runs minimise what they report.
     */
    static Options<?, ?> stress() {
        return LincheckOptions.stress(CI).minimizeFailedScenario(false);
    }

    private static void assertCaught(Options<?, ?> options, NodeRegistryFactory faulty, boolean modelChecking) {
        assertThatThrownBy(() -> LincheckCheck.run(faulty, options, CoreOperations.class, modelChecking))
                .as("Lincheck must find a non-linearizable execution of %s", faulty)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invalid execution results");
    }
}
