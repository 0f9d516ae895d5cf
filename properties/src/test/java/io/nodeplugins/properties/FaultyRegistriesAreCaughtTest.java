package io.nodeplugins.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.properties.model.Command;
import io.nodeplugins.properties.faulty.FaultyRegistries;
import io.nodeplugins.properties.faulty.FaultyRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proof of power: the contract properties run against every known-faulty registry of the registry
 * test-jar. Each one whose bug a sequential run can see must be caught by the property of its own
 * clause, with a minimal scenario of at most {@value #HANDFUL} steps; the registries that are only
 * wrong under concurrency are run too and their row printed, for the table. The verdicts come from
 * the engine's result objects, so the expected failures never fail the build; a weakened engine
 * that stops catching one does.
 */
class FaultyRegistriesAreCaughtTest {

    /** The longest minimal scenario accepted: a handful of steps. */
    static final int HANDFUL = 5;

    /** The faulty registries whose bug is visible in a sequential run. */
    static final Set<String> SEQUENTIALLY_VISIBLE = Set.of("NoStackingRegistry", "RemoveByKeyRegistry",
            "NullOnMissingRegistry", "LeakingWaiterRegistry", "AcceptAfterCloseRegistry", "CorruptingBadInputRegistry");

    @TestFactory
    Stream<DynamicTest> everySequentiallyVisibleFaultIsCaughtWithAMinimalScenario() {
        return FaultyRegistries.ALL.stream().map(faulty -> DynamicTest.dynamicTest(faulty.clause() + " " + faulty.name(),
                () -> check(faulty)));
    }

    private static void check(FaultyRegistry faulty) {
        // The proof is made at CI strength: a long -Dnodeplugins.tries is for the registry under test.
        PropertySettings configured = PropertySettings.fromSystemProperties();
        PropertySettings settings = configured.withTries(Math.min(configured.tries(), PropertySettings.DEFAULT_TRIES));
        String replay = "mvn -B -pl properties -am verify -Dtest=" + ReferenceRegistryContractTest.class.getSimpleName()
                + " -Dsurefire.failIfNoSpecifiedTests=false '-Dnodeplugins.factory=" + faulty.factoryClassName()
                + "' -Dnodeplugins.seed={seed}";
        Map<ContractProperty, PropertyResult<Command>> results = new EnumMap<>(ContractProperty.class);
        for (ContractProperty property : ContractProperty.values()) {
            results.put(property, property.check(faulty.factory(), settings, replay));
        }
        System.out.println(row(faulty, results));
        Optional<PropertyResult<Command>> shortest = results.values().stream().filter(r -> !r.passed())
                .min(Comparator.comparingInt(r -> r.minimal().size()));
        shortest.ifPresent(r -> System.out.println(r.report()));
        if (!SEQUENTIALLY_VISIBLE.contains(faulty.name())) {
            return; // only concurrency shows this bug; its row is printed for the table
        }
        PropertyResult<Command> own = results.get(propertyOf(faulty.clause().name()));
        assertThat(own.passed()).as("%s must be caught by %s", faulty, propertyOf(faulty.clause().name())).isFalse();
        assertThat(own.minimal()).as("minimal scenario of %s:%n%s", faulty, own.report()).hasSizeBetween(1, HANDFUL);
        assertThat(own.oneMinimal()).as("1-minimal:%n%s", own.report()).isTrue();
    }

    /** The property named after a clause. */
    static ContractProperty propertyOf(String clause) {
        switch (clause) {
            case "C1":
            case "C2":
            case "C3":
                return ContractProperty.C1_C3_REGISTRATION;
            case "C4":
            case "C5":
                return ContractProperty.C4_C5_LOOKUP;
            case "C6":
                return ContractProperty.C6_AWAIT;
            case "C7":
            case "C8":
                return ContractProperty.C7_C8_SNAPSHOT_AND_EVENTS;
            case "C9":
                return ContractProperty.C9_CLOSE;
            case "C10":
                return ContractProperty.C10_BAD_INPUT;
            default:
                throw new IllegalArgumentException("unknown clause " + clause);
        }
    }

    /** One row of the table: per property, caught with how many steps, or passed. */
    private static String row(FaultyRegistry faulty, Map<ContractProperty, PropertyResult<Command>> results) {
        List<String> cells = new ArrayList<>();
        results.forEach((p, r) -> cells.add(p.name() + "=" + (r.passed() ? "passed" : r.minimal().size() + (r.minimal().size() == 1 ? " step" : " steps"))));
        return "CAUGHT-TABLE " + faulty.clause() + " " + faulty.name() + ": " + String.join(", ", cells);
    }
}
