package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.faulty.FaultyRegistries;
import io.nodeplugins.properties.faulty.FaultyRegistry;
import io.nodeplugins.properties.faulty.SimpleLockedRegistry;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every faulty registry fails at least one unit test of the clause it breaks: the unit tests of
 * {@link UnitContract} that declare that clause run against it on the JUnit Platform, as in a
 * driver's build, and one of them must fail. Prints which tests caught it. The registries that no
 * check catches yet ({@link FaultyRegistries#NOT_YET_CAUGHT}), and those that only a parallel
 * property catches ({@link #CAUGHT_ONLY_IN_PARALLEL}), are skipped, each with the reason. To see one such run in full:
 * {@code mvn -B verify -pl properties -am -Dtest=UnitContractTest -Dsurefire.failIfNoSpecifiedTests=false
 * '-Dnodeplugins.factory=io.nodeplugins.properties.faulty.RemoveByKeyRegistry$Factory'}.
 */
class UnitContractCatchesFaultyRegistriesTest {

    /**
     * The faulty registries that no unit test catches but a parallel property does (they are in
     * {@link ParallelDetection#EXPECTED}), each with why the unit tests miss it: findings about the
     * unit tests, skipped here by name.
     */
    static final Map<String, String> CAUGHT_ONLY_IN_PARALLEL = Map.of(); // RefreshRaceProviderRegistry was
    // here until C2PrioritySemantics.racingRegistrationsOfOneKeyLeaveTheHighestPriorityCurrent caught it

    static List<FaultyRegistry> faultyRegistries() {
        return FaultyRegistries.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultyRegistries")
    void aUnitTestOfItsClauseCatchesIt(FaultyRegistry faulty) {
        skipIfNotYetCaught(faulty);
        String onlyInParallel = CAUGHT_ONLY_IN_PARALLEL.get(faulty.name());
        if (onlyInParallel != null) {
            assertThat(ParallelDetection.EXPECTED).as("the parallel property that catches " + faulty).containsKey(faulty.name());
            System.out.println(faulty + " is caught only by " + ParallelDetection.EXPECTED.get(faulty.name())
                    + " (ParallelContractCatchesFaultyRegistriesTest), skipped here: " + onlyInParallel);
            Assumptions.abort(faulty + " is caught only by a parallel property: " + onlyInParallel);
        }
        long start = System.nanoTime();
        ContractRun run = ContractRun.of(ContractRun.Contract.UNIT, faulty.factoryClassName(), faulty.clause());
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.println(faulty + " caught by " + run.failed().size() + " of " + run.started() + " tests in "
                + millis + " ms: " + run.failed());
        assertThat(run.started()).as("unit tests run against " + faulty.name()).isPositive();
        assertThat(run.caughtBy(faulty.clause())).as(faulty.name() + " (" + faulty.bug() + ") passed every unit test"
                + " of " + faulty.clause() + "; failed: " + run.failed()).isTrue();
    }

    /**
     * Skips a registry that no check catches yet ({@link FaultyRegistries#NOT_YET_CAUGHT}), printing
     * why: a finding kept in the catalogue, not a passing proof.
     *
     * @param faulty the registry
     */
    static void skipIfNotYetCaught(FaultyRegistry faulty) {
        String why = FaultyRegistries.NOT_YET_CAUGHT.get(faulty.name());
        if (why != null) {
            System.out.println(faulty + " is not yet caught, skipped: " + why);
            Assumptions.abort(faulty + " is not yet caught by any check (FaultyRegistries.NOT_YET_CAUGHT): " + why);
        }
    }

    /**
     * The faulty registries share one correct base, {@link SimpleLockedRegistry}; it passes every
     * unit test, so each faulty registry fails only because of the one hook it overrides.
     */
    @Test
    void theirCorrectBasePassesEveryUnitTest() {
        ContractRun run = ContractRun.of(ContractRun.Contract.UNIT, SimpleLockedRegistry.Factory.class.getName());

        assertThat(run.started()).isGreaterThan(50);
        assertThat(run.failed()).as("unit tests failed by the correct base of the faulty registries").isEmpty();
    }
}
