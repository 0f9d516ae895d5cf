package io.nodeplugins.properties.lincheck;

import io.nodeplugins.properties.model.Snapshot;
import io.nodeplugins.registry.NodeRegistryFactory;

import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Lincheck, the independent referee, on the registry under test ({@code -Dnodeplugins.factory},
 * default the reference): register, close of a handle, lookup, require and snapshot from
 * several threads must be linearizable with respect to the property engine's model, in stress mode
 * and in model-checking mode. A failure prints Lincheck's own report (the scenario in columns and,
 * for model checking, the interleaving that breaks it).
 */
@Tag("C1")
@Tag("C2")
@Tag("C3")
@Tag("C4")
@Tag("C5")
@Tag("C7")
public class ReferenceRegistryLincheckTest extends RegistryUnderTest {

    /** Creates the state of one Lincheck invocation: a fresh registry under test. */
    public ReferenceRegistryLincheckTest() {
        super(NodeRegistryFactory.fromSystemProperty());
    }

    /**
     * {@code require(node)} (C5).
     *
     * @param node the node index
     * @return "p&lt;n&gt;" or "threw PluginNotRegisteredException"
     */
    @Operation
    public String require(@Param(name = "node") int node) {
        try {
            return registry().require(RegistryModelSpecification.NODES.get(node)).id();
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }

    /**
     * {@code snapshot()} (C7).
     *
     * @return the map, sorted, as "{node-a=p1, ...}"
     */
    @Operation
    public String snapshot() {
        try {
            return Snapshot.render(registry().snapshot());
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }

    @Test
    void stress(TestReporter reporter) {
        reporter.publishEntry("invocations", Long.toString((long) LincheckSettings.STRESS_ITERATIONS
                * LincheckSettings.STRESS_INVOCATIONS));
        LincheckSettings.stress().check(getClass());
    }

    @Test
    void modelChecking(TestReporter reporter) {
        reporter.publishEntry("invocations", Long.toString((long) LincheckSettings.MC_ITERATIONS
                * LincheckSettings.MC_INVOCATIONS));
        LincheckSettings.modelChecking().check(getClass());
    }
}
