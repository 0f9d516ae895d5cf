package io.nodeplugins.properties.contract.lincheck;

import java.time.Duration;

import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The core operations plus {@code await(node, 1 ms)} (C6), for the stress test with awaits (the
 * model checker pins {@code System.nanoTime()}, so a timed wait never times out there).
 */
public class AwaitOperations extends CoreOperations {

    /** Creates a fresh registry of the one under test. */
    public AwaitOperations() {
    }

    /**
     * {@code await(node, 1 ms)} (C6); an interrupt is Lincheck's and propagates.
     *
     * @param node the node index
     * @return the outcome: the plugin, or a timeout
     * @throws InterruptedException if Lincheck interrupts the waiting thread
     */
    @Operation
    public String await(@Param(name = "node") int node) throws InterruptedException {
        try {
            return registry().await(key(node), Duration.ofMillis(RegistryModelSpecification.AWAIT_TIMEOUT_MILLIS)).id();
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }
}
