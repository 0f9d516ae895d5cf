package io.nodeplugins.properties.shapes;

import io.nodeplugins.properties.contract.ContractRun;
import io.nodeplugins.properties.contract.ContractRun.Contract;
import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.faulty.RemoveByNameMapRegistry;
import io.nodeplugins.registry.Clause;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two map-style registries as driver authors write them, declared through {@code Shape.map}: the
 * one whose {@code unregister(node, plugin)} is a conditional removal fails no check (what does not
 * apply is n/a); the one whose {@code unregister(node)} removes whatever is current (the catalogue's
 * {@link RemoveByNameMapRegistry}) fails a sequential check of C3 with a minimal scenario of a
 * handful of steps in which an old registration's late close deletes its replacement. Its parallel
 * catch is asserted with the catalogue's ({@code ParallelContractCatchesFaultyRegistriesTest}).
 */
class MapRegistriesTest {

    /** The longest sequential minimal scenario accepted, as for the kit's faulty registries. */
    static final int HANDFUL = 5;

    @Test
    void conditionalRemovalFailsNoSequentialCheck() {
        ContractRun.of(Contract.SEQUENTIAL, ConcurrentMapRegistryDeclaration.class.getName())
                .assertPassesWhatApplies("ConcurrentMapRegistry, sequential");
    }

    @Test
    void conditionalRemovalFailsNoParallelCheck() {
        ContractRun.of(Contract.PARALLEL, ConcurrentMapRegistryDeclaration.class.getName())
                .assertPassesWhatApplies("ConcurrentMapRegistry, parallel");
    }

    @Test
    void removeByNameFailsASequentialCheckOfC3WithAMinimalLateClose() {
        PropertyResult<?> smallest = smallestOfC3(Contract.SEQUENTIAL);
        assertThat(smallest.minimalSize()).as(smallest.report()).isBetween(1, HANDFUL);
        @SuppressWarnings("unchecked") // the sequential contract's properties are over command sequences
        List<Command> steps = (List<Command>) smallest.minimal();
        CloseHandle late = lateClose(steps).orElse(null);
        assertThat(late).as("a close of a registration after a newer one of its key, in:%n%s", smallest.report())
                .isNotNull();
        assertThat(smallest.report()).as("the report shows the late close").contains(late.toJava(), "1-minimal",
                "Seed: " + smallest.failingSeed(), "-Dnodeplugins.seed=" + smallest.failingSeed());
    }

    /** The smallest minimal scenario among the failed checks that declare C3 (not only the all-clause mix). */
    private static PropertyResult<?> smallestOfC3(Contract contract) {
        ContractRun run = ContractRun.of(contract, RemoveByNameMapRegistry.Declaration.class.getName());
        System.out.println(run.summary("RemoveByNameMapRegistry, " + contract));
        List<PropertyResult<?>> caught = run.propertyFailuresOf(Clause.C3);
        assertThat(caught).as("property failures of C3 in %s", run.summary(contract.name())).isNotEmpty();
        return caught.stream().min(Comparator.comparingInt(PropertyResult::minimalSize)).orElseThrow();
    }

    /** The first close of a registration that comes after a newer registration of the same key. */
    private static Optional<CloseHandle> lateClose(List<Command> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof CloseHandle close && steps.subList(0, i).stream()
                    .anyMatch(c -> c instanceof Register r && r.node().equals(close.node())
                            && r.registration() > close.registration())) {
                return Optional.of(close);
            }
        }
        return Optional.empty();
    }
}
