package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.contract.lincheck.LincheckOptions;
import io.nodeplugins.properties.contract.lincheck.RegistryOperations;
import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.faulty.CheckThenActRegistry;
import io.nodeplugins.properties.faulty.UnsynchronizedMapRegistry;
import io.nodeplugins.registry.NodeRegistryFactory;

import org.jetbrains.lincheck.datastructures.Options;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lincheck, in the options of {@link LincheckContract}, agrees with the parallel properties on the
 * faulty registries whose bug is a race on registration: the unsynchronised map (C1) and
 * check-then-act (C2) must fail in stress mode and in model-checking mode, with Lincheck's "Invalid
 * execution results" report. They run the core operations of {@link RegistryOperations} (register,
 * close, lookup), where the races show most often.
 */
class LincheckContractCatchesFaultyRegistriesTest {

    private static final Settings CI = Settings.of(Effort.CI);

    /** Lincheck's state for {@link UnsynchronizedMapRegistry} (C1). */
    public static class UnsynchronizedMap extends RegistryOperations {
        /** Creates a fresh faulty registry. */
        public UnsynchronizedMap() {
        }

        @Override
        protected NodeRegistryFactory factory() {
            return new UnsynchronizedMapRegistry.Factory();
        }
    }

    /** Lincheck's state for {@link CheckThenActRegistry} (C2). */
    public static class CheckThenAct extends RegistryOperations {
        /** Creates a fresh faulty registry. */
        public CheckThenAct() {
        }

        @Override
        protected NodeRegistryFactory factory() {
            return new CheckThenActRegistry.Factory();
        }
    }

    @Test
    void stressCatchesTheUnsynchronizedMap() {
        assertCaught(LincheckOptions.stress(CI), UnsynchronizedMap.class);
    }

    @Test
    void modelCheckingCatchesTheUnsynchronizedMap() {
        assertCaught(faultFinding(), UnsynchronizedMap.class);
    }

    @Test
    void stressCatchesCheckThenAct() {
        assertCaught(LincheckOptions.stress(CI), CheckThenAct.class);
    }

    @Test
    void modelCheckingCatchesCheckThenAct() {
        assertCaught(faultFinding(), CheckThenAct.class);
    }

    /**
     * Model checking with a larger budget than the CI run of a registry under test: it stops at
     * the first failure, and the faulty scenarios (two registrations racing, then a close or a read
     * in the right thread) are only a few of the generated ones.
     */
    static Options<?, ?> faultFinding() {
        return LincheckOptions.modelChecking(CI).iterations(30).invocationsPerIteration(300);
    }

    private static void assertCaught(Options<?, ?> options, Class<?> state) {
        assertThatThrownBy(() -> options.check(state))
                .as("Lincheck must find a non-linearizable execution of %s", state.getSimpleName())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invalid execution results");
    }
}
