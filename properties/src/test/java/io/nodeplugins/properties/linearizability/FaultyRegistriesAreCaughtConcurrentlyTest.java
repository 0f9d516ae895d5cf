package io.nodeplugins.properties.linearizability;

import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.properties.faulty.FaultyRegistries;
import io.nodeplugins.properties.faulty.FaultyRegistry;

import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proof of power of the parallel properties: each faulty registry whose bug concurrency shows
 * (C1 unsynchronised map, C2 check-then-act, C3 remove-by-key, C6 lost wake-up, C7 torn snapshot)
 * must be caught by the property of its clause in the CI setting, with a shrunk scenario that is
 * not a hang or crash but a history with no linearization, and a report that carries the observed
 * results per thread, the seed and the replay command. A weakened checker or runner fails here;
 * one that fails everything fails {@link RegistryParallelPropertiesTest} on the reference.
 */
class FaultyRegistriesAreCaughtConcurrentlyTest {

    /** The longest minimal scenario accepted: the races need two or three calls and a read. */
    static final int SMALL = 8;

    @TestFactory
    Stream<DynamicTest> everyConcurrencyFaultIsCaughtByItsClausesProperty() {
        return ParallelDetection.EXPECTED.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest(e.getKey() + " by " + e.getValue(),
                        () -> check(FaultyRegistries.named(e.getKey()), e.getValue())));
    }

    private static void check(FaultyRegistry faulty, ParallelProperty property) {
        // CI strength whatever the build asks for: the long setting is for the registry under test.
        ParallelSettings settings = new ParallelSettings(ParallelSettings.CI_SCENARIOS, ParallelSettings.CI_RUNS, 100,
                10_000, OptionalLong.empty());
        String replay = "mvn -B -pl properties -am verify -Dtest=RegistryParallelPropertiesTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false '-Dnodeplugins.factory=" + faulty.factoryClassName()
                + "' -Dnodeplugins.seed={seed}";

        ParallelResult result = property.check(new ParallelRunner(faulty.factory()), settings, replay);

        System.out.println(result.report());
        assertThat(result.passed()).as("%s must be caught by %s", faulty.name(), property).isFalse();
        assertThat(result.failure().kind()).as(result.report()).isEqualTo("not linearizable");
        assertThat(result.minimal().size()).as(result.report()).isBetween(2, SMALL);
        assertThat(result.report()).contains("thread 1", "Why: NOT linearizable", "Seed: " + result.failingSeed(),
                "Replay: ", "-Dnodeplugins.seed=" + result.failingSeed());
    }
}
