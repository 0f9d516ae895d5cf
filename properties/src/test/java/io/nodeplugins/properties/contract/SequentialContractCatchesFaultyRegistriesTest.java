package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.faulty.FaultyRegistries;
import io.nodeplugins.properties.faulty.FaultyRegistry;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof of power of the sequential properties: the properties of {@link SequentialContract} that
 * declare a faulty registry's clause run against it on the JUnit Platform, at CI strength. Each one
 * whose bug a sequential run can see must be caught by a property of its clause (not only by the
 * one that mixes every command), with a 1-minimal scenario of at most {@value #HANDFUL} steps; the
 * registries that are only wrong under concurrency are run too and their result printed; those that
 * no check catches yet ({@link FaultyRegistries#NOT_YET_CAUGHT}) are skipped with the reason. A
 * weakened engine that stops catching one fails here.
 */
public class SequentialContractCatchesFaultyRegistriesTest {

    /** The longest minimal scenario accepted: a handful of steps. */
    static final int HANDFUL = 5;

    /** The faulty registries whose bug is visible in a sequential run (the main job's blame test uses them too). */
    public static final Set<String> SEQUENTIALLY_VISIBLE = Set.of("NoStackingRegistry", "RemoveByKeyRegistry",
            "NullOnMissingRegistry", "LeakingWaiterRegistry", "AcceptAfterCloseRegistry", "CorruptingBadInputRegistry",
            "PutIfAbsentMapRegistry", "TiesToLastProviderRegistry", "RemoveByNameMapRegistry",
            "DeregisterByNameProviderRegistry", "StaleLookupCacheRegistry", "StaleDiagnosticsRegistry",
            "LowerCasingKeyRegistry", "SamePluginDedupRegistry", "SamePluginAbaRegistry", "EqualsRemovalRegistry",
            "ReplayAsCurrentRegistry", "ReplayEveryRegistrationRegistry");

    @TestFactory
    Stream<DynamicTest> everySequentiallyVisibleFaultIsCaughtWithAMinimalScenario() {
        return FaultyRegistries.ALL.stream().map(faulty -> DynamicTest.dynamicTest(faulty.toString(),
                () -> check(faulty)));
    }

    private static void check(FaultyRegistry faulty) {
        UnitContractCatchesFaultyRegistriesTest.skipIfNotYetCaught(faulty);
        ContractRun run = ContractRun.of(ContractRun.Contract.SEQUENTIAL, faulty.factoryClassName(), faulty.clause());
        List<PropertyResult<?>> caught = run.propertyFailuresOf(faulty.clause());
        System.out.println(faulty + ": failed " + run.failed() + " of " + run.started() + " properties of its clause");
        caught.stream().min(Comparator.comparingInt(PropertyResult::minimalSize))
                .ifPresent(r -> System.out.println(r.report()));
        if (!SEQUENTIALLY_VISIBLE.contains(faulty.name())) {
            return; // only concurrency shows this bug
        }
        assertThat(caught).as("%s must be caught by a sequential property of %s; failed: %s", faulty,
                faulty.clause(), run.failed()).isNotEmpty();
        PropertyResult<?> smallest = caught.stream().min(Comparator.comparingInt(PropertyResult::minimalSize))
                .orElseThrow();
        assertThat(smallest.minimalSize()).as("minimal scenario of %s:%n%s", faulty, smallest.report())
                .isBetween(1, HANDFUL);
        assertThat(smallest.report()).as("1-minimal").contains("1-minimal (removing any one step makes it pass)")
                .contains("Seed: " + smallest.failingSeed(), "Replay: mvn -B verify -Dtest='",
                        "-Dnodeplugins.seed=" + smallest.failingSeed());
    }
}
