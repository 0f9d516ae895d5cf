package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;
import io.nodeplugins.properties.contract.ContractRun.Contract;
import io.nodeplugins.properties.faulty.ProviderListRegistry;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit contract applies to registries of every shape: run on the JUnit Platform against
 * declarations of replace and priority semantics that offer little besides register and lookup
 * ({@code -Dnodeplugins.factory} names the declaration's public class), it runs the tests that
 * apply, skips the others as {@code n/a} and fails none of a correct registry. The faulty map and
 * provider registries of the catalogue are caught by {@link UnitContractCatchesFaultyRegistriesTest}.
 */
class UnitContractAppliesToEveryShapeTest {

    @Test
    void aCorrectMapPassesTheTestsThatApplyAndSkipsTheOthers() {
        ContractRun run = ContractRun.of(Contract.UNIT, CorrectMap.class.getName());

        run.assertPassesWhatApplies("CorrectMap");
        assertThat(run.passed()).as("unit tests run against a map").isGreaterThan(10);
        assertThat(run.notApplicable()).as("unit tests skipped for a map").hasSizeGreaterThan(100);
    }

    /**
     * A map whose removal is {@code remove(key, value)} compares values with {@code equals}: declared
     * as telling registrations of the same or equal plugins apart, it fails the C3 tests of that.
     */
    @Test
    void aMapThatClaimsDistinctRegistrationsFailsTheirC3Tests() {
        ContractRun run = ContractRun.of(Contract.UNIT, ClaimsDistinctRegistrationsMap.class.getName());

        System.out.println(run.summary("ClaimsDistinctRegistrationsMap"));
        assertThat(run.failed()).extracting(ContractRun.Failed::name).contains(
                "C3HandleScopedRemoval.theSameInstanceRegisteredTwiceIsTwoRegistrations",
                "C3HandleScopedRemoval.equalButDistinctPluginsAreToldApartByInstance");
    }

    /** Size and snapshot under replace semantics count keys: a map that offers them passes too. */
    @Test
    void aCorrectSynchronizedMapWithSizeAndSnapshotPassesToo() {
        ContractRun run = ContractRun.of(Contract.UNIT, SynchronizedMap.class.getName());

        run.assertPassesWhatApplies("SynchronizedMap");
        assertThat(run.passed()).as("unit tests run against a map with size and snapshot").isGreaterThan(15);
    }

    @Test
    void aCorrectPriorityRegistryPassesTheTestsThatApply() {
        ContractRun run = ContractRun.of(Contract.UNIT, ProviderListRegistry.Declaration.class.getName());

        run.assertPassesWhatApplies("ProviderListRegistry");
        assertThat(run.passed()).as("unit tests run against a priority registry").isGreaterThan(10);
    }

    /** A {@code ConcurrentHashMap} with put, {@code remove(key, value)} and get: replace semantics, removal. */
    public static final class CorrectMap extends NamedDeclaration {
        /** Declares the map. */
        public CorrectMap() {
            super(Shape.map(ConcurrentHashMap<String, Object>::new).put(ConcurrentHashMap::put)
                    .removeIfSame(ConcurrentHashMap::remove).get(ConcurrentHashMap::get)
                    .declare("ConcurrentHashMap with remove(key, value)"));
        }
    }

    /** {@link CorrectMap} declared, wrongly, as telling registrations of equal plugins apart. */
    public static final class ClaimsDistinctRegistrationsMap extends NamedDeclaration {
        /** Declares the map. */
        public ClaimsDistinctRegistrationsMap() {
            super(Shape.map(ConcurrentHashMap<String, Object>::new).put(ConcurrentHashMap::put)
                    .removeIfSame(ConcurrentHashMap::remove).get(ConcurrentHashMap::get).distinctRegistrations()
                    .declare("ConcurrentHashMap with remove(key, value), claiming distinct registrations"));
        }
    }

    /** A synchronized map that also offers its size and an atomic copy. */
    public static final class SynchronizedMap extends NamedDeclaration {
        /** Declares the map. */
        public SynchronizedMap() {
            super(Shape.map(() -> Collections.synchronizedMap(new HashMap<String, Object>()))
                    .put(Map::put).removeIfSame(Map::remove).get(Map::get).size(Map::size)
                    .snapshot(SynchronizedMap::copy)
                    .declare("synchronized HashMap with size and snapshot"));
        }

        private static Map<String, Object> copy(Map<String, Object> map) {
            synchronized (map) { // the synchronized map's own lock: a copy of one instant
                return new LinkedHashMap<>(map);
            }
        }
    }
}
