package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.faulty.FaultyRegistries;
import io.nodeplugins.properties.faulty.FaultyRegistry;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof of power of the parallel properties: each faulty registry whose bug concurrency shows (C1
 * unsynchronised map, C2 check-then-act, C3 remove-by-key, C6 lost wake-up, C7 torn snapshot, and
 * the others listed in {@link ParallelDetection}) must be caught by the {@link ParallelContract} test of its clause at CI strength, on the JUnit Platform,
 * with a shrunk scenario that is not a hang or crash but a history with no linearization, and a
 * report that carries the observed results per thread, the seed and the replay command. A weakened
 * checker or runner fails here; one that fails everything fails {@link ParallelContractTest} on the
 * reference.
 */
class ParallelContractCatchesFaultyRegistriesTest {

    /** The longest minimal scenario accepted: the races need two or three calls and a read. */
    static final int SMALL = 8;

    /** The parallel shrinker's time budget here, in milliseconds: four times the CI setting. */
    static final long SHRINK_MILLIS = 60_000;

    @TestFactory
    Stream<DynamicTest> everyConcurrencyFaultIsCaughtByItsClausesProperty() {
        return ParallelDetection.EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest(e.getKey() + " by " + e.getValue(),
                        () -> check(FaultyRegistries.named(e.getKey()), e.getValue())));
    }

    @Test
    void noRegistryThatIsNotYetCaughtIsExpectedToBeCaughtHere() {
        assertThat(ParallelDetection.EXPECTED.keySet()).noneMatch(FaultyRegistries.NOT_YET_CAUGHT::containsKey)
                .allSatisfy(name -> assertThat(FaultyRegistries.named(name)).isNotNull());
    }

    private static void check(FaultyRegistry faulty, String test) {
        // The shrink budget of a loaded build (two forks on two cores): the CI budget of 15 s once ran out
        // with LostWakeupRegistry caught but its scenario still 12 commands long.
        ContractRun run = ContractRun.ofMethod(ContractRun.Contract.PARALLEL, test, faulty.factoryClassName(),
                Map.of(Settings.SHRINK_MILLIS, String.valueOf(SHRINK_MILLIS)));

        List<PropertyResult<?>> caught = run.propertyFailuresOf(faulty.clause());
        assertThat(caught).as("%s must be caught by %s; failed: %s, thrown: %s", faulty, test, run.failed(),
                run.failed().stream().map(f -> f.thrown().toString()).collect(Collectors.toList())).hasSize(1);
        PropertyResult<?> result = caught.get(0);
        System.out.println(result.report());
        assertThat(result.failure().signature()).as(result.report()).isEqualTo("not linearizable");
        assertThat(result.minimalSize()).as(result.report()).isBetween(2, SMALL);
        assertThat(result.report()).contains("thread 1", "Why: NOT linearizable", "Seed: " + result.failingSeed(),
                "Replay: mvn -B verify -Dtest='", "-Dnodeplugins.seed=" + result.failingSeed());
    }
}
