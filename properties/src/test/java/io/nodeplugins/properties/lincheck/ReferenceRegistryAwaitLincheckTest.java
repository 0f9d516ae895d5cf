package io.nodeplugins.properties.lincheck;

import io.nodeplugins.registry.NodeRegistryFactory;

import java.time.Duration;

import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Lincheck in stress mode on the registry under test with {@code await} added to the operations
 * (C6). Stress mode only: the model checker pins {@code System.nanoTime()}, so a timed wait would
 * never time out there. Lincheck linearizes a timed-out await at one instant where the node is
 * absent, which the reference guarantees (it re-reads the map after the deadline); the stricter
 * two-instant check of a timeout is the parallel properties' (see {@code RegistrySpecification}).
 */
@Tag("C6")
public class ReferenceRegistryAwaitLincheckTest extends RegistryUnderTest {

    /** Creates the state of one Lincheck invocation: a fresh registry under test. */
    public ReferenceRegistryAwaitLincheckTest() {
        super(NodeRegistryFactory.fromSystemProperty());
    }

    /**
     * {@code await(node, 1 ms)} (C6); an interrupt is Lincheck's and propagates.
     *
     * @param node the node index
     * @return the outcome: the plugin, or a timeout
     */
    @Operation
    public String await(@Param(name = "node") int node) throws InterruptedException {
        try {
            return registry().await(RegistryModelSpecification.NODES.get(node),
                    Duration.ofMillis(RegistryModelSpecification.AWAIT_TIMEOUT_MILLIS)).id();
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }

    @Test
    void stress(TestReporter reporter) {
        reporter.publishEntry("invocations", Long.toString((long) LincheckSettings.AWAIT_ITERATIONS
                * LincheckSettings.AWAIT_INVOCATIONS));
        LincheckSettings.stressWithAwait().check(getClass());
    }
}
