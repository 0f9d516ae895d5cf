package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.contract.lincheck.LincheckOptions;
import io.nodeplugins.properties.contract.lincheck.RegistryModelSpecification;
import io.nodeplugins.properties.contract.lincheck.RegistryOperations;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.engine.model.Snapshot;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.time.Duration;

import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lincheck, the independent referee, as JUnit 5 tests for any node registry: register, close of a
 * handle, lookup, require and snapshot from several threads must be linearizable with respect to the
 * property engine's model, in stress mode and in model-checking mode; in a third test, stress mode
 * with {@code await} added. A failure prints Lincheck's own report (the scenario in columns and, for
 * model checking, the interleaving that breaks it). A driver author's build runs them with Surefire,
 * with {@code org.jetbrains.lincheck:lincheck} added in test scope (this kit's dependency on it is
 * optional):
 *
 * <pre>{@code
 * public class MyRegistryLincheckTest extends LincheckContract {
 *     protected NodeRegistryFactory factory() {
 *         return new MyRegistryFactory();
 *     }
 * }
 * }</pre>
 *
 * The subclass must be public with a public no-argument constructor, and {@link #factory()} must
 * not depend on its fields: Lincheck creates an instance for every invocation, and each instance
 * makes its registry in the constructor. Iterations scale with {@link Settings#lincheckScale()}.
 * Run these tests one at a time.
 */
@ExtendWith(ClauseFailures.class)
public abstract class LincheckContract extends RegistryOperations {

    /** Creates the state of one Lincheck invocation: a fresh registry from {@link #factory()}. */
    protected LincheckContract() {
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
    @Clauses({Clause.C1, Clause.C2, Clause.C3, Clause.C4, Clause.C5, Clause.C7})
    void stress(TestReporter reporter) {
        Settings settings = Settings.fromSystemProperties();
        reporter.publishEntry("invocations", Long.toString(
                (long) settings.lincheckIterations(LincheckOptions.STRESS_ITERATIONS) * LincheckOptions.STRESS_INVOCATIONS));
        LincheckOptions.stress(settings).check(getClass());
    }

    @Test
    @Clauses({Clause.C1, Clause.C2, Clause.C3, Clause.C4, Clause.C5, Clause.C7})
    void modelChecking(TestReporter reporter) {
        Settings settings = Settings.fromSystemProperties();
        reporter.publishEntry("invocations", Long.toString(
                (long) settings.lincheckIterations(LincheckOptions.MC_ITERATIONS) * LincheckOptions.MC_INVOCATIONS));
        LincheckOptions.modelChecking(settings).check(getClass());
    }

    /**
     * Stress mode with {@code await} added (C6). Stress mode only: the model checker pins
     * {@code System.nanoTime()}, so a timed wait would never time out there. Lincheck linearizes a
     * timed-out await at one instant where the node is absent; the stricter two-instant check of a
     * timeout is the parallel properties'.
     *
     * @param reporter where the invocations are published
     */
    @Test
    @Clauses(Clause.C6)
    void stressWithAwait(TestReporter reporter) {
        Settings settings = Settings.fromSystemProperties();
        reporter.publishEntry("invocations", Long.toString(
                (long) settings.lincheckIterations(LincheckOptions.AWAIT_ITERATIONS) * LincheckOptions.AWAIT_INVOCATIONS));
        WithAwait.factory = factory();
        try {
            LincheckOptions.stressWithAwait(settings).check(WithAwait.class);
        } finally {
            WithAwait.factory = null;
        }
    }

    /**
     * The operations of {@link #stressWithAwait}: the core ones and {@code await}. Lincheck creates
     * its instances itself, so the factory reaches them through a static field that the test sets
     * for the duration of the check.
     */
    public static final class WithAwait extends RegistryOperations {

        private static volatile NodeRegistryFactory factory;

        /** Creates the state of one invocation: a fresh registry from the factory under test. */
        public WithAwait() {
        }

        @Override
        protected NodeRegistryFactory factory() {
            NodeRegistryFactory f = factory;
            if (f == null) {
                throw new IllegalStateException("LincheckContract.WithAwait runs only inside stressWithAwait()");
            }
            return f;
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
                return registry().await(RegistryModelSpecification.NODES.get(node),
                        Duration.ofMillis(RegistryModelSpecification.AWAIT_TIMEOUT_MILLIS)).id();
            } catch (RuntimeException e) {
                return RegistryModelSpecification.threw(e);
            }
        }
    }
}
