package io.nodeplugins.properties.lincheck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nodeplugins.properties.faulty.CheckThenActRegistry;
import io.nodeplugins.properties.faulty.UnsynchronizedMapRegistry;

import org.jetbrains.lincheck.datastructures.Options;
import org.junit.jupiter.api.Test;

/**
 * Lincheck agrees with the parallel properties on the faulty registries whose bug is a race on
 * registration: the unsynchronised map (C1) and check-then-act (C2) must fail in stress mode and in
 * model-checking mode, with Lincheck's "Invalid execution results" report. They run the core
 * operations of {@link RegistryUnderTest} (register, close, lookup), where the races show most often.
 */
class FaultyRegistriesLincheckTest {

    /** Lincheck's state for {@link UnsynchronizedMapRegistry} (C1). */
    public static class UnsynchronizedMap extends RegistryUnderTest {
        /** Creates a fresh faulty registry. */
        public UnsynchronizedMap() {
            super(new UnsynchronizedMapRegistry.Factory());
        }
    }

    /** Lincheck's state for {@link CheckThenActRegistry} (C2). */
    public static class CheckThenAct extends RegistryUnderTest {
        /** Creates a fresh faulty registry. */
        public CheckThenAct() {
            super(new CheckThenActRegistry.Factory());
        }
    }

    @Test
    void stressCatchesTheUnsynchronizedMap() {
        assertCaught(LincheckSettings.stress(), UnsynchronizedMap.class);
    }

    @Test
    void modelCheckingCatchesTheUnsynchronizedMap() {
        assertCaught(faultFinding(), UnsynchronizedMap.class);
    }

    @Test
    void stressCatchesCheckThenAct() {
        assertCaught(LincheckSettings.stress(), CheckThenAct.class);
    }

    @Test
    void modelCheckingCatchesCheckThenAct() {
        assertCaught(faultFinding(), CheckThenAct.class);
    }

    /**
     * Model checking with a larger budget than the reference's CI run: it stops at the first
     * failure, and the faulty scenarios (two registrations racing, then a close or a read in the
     * right thread) are only a few of the generated ones.
     */
    static Options<?, ?> faultFinding() {
        return LincheckSettings.modelChecking().iterations(30).invocationsPerIteration(300);
    }

    private static void assertCaught(Options<?, ?> options, Class<?> state) {
        assertThatThrownBy(() -> options.check(state))
                .as("Lincheck must find a non-linearizable execution of %s", state.getSimpleName())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invalid execution results");
    }
}
