package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.contract.lincheck.AwaitOperations;
import io.nodeplugins.properties.contract.lincheck.LifecycleOperations;
import io.nodeplugins.properties.contract.lincheck.LincheckCheck;
import io.nodeplugins.properties.contract.lincheck.LincheckOptions;
import io.nodeplugins.properties.contract.lincheck.ReadOperations;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.NodeRegistryFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;

/**
 * Lincheck, the independent referee, as JUnit 5 tests for any node registry: register, close of a
 * handle, lookup, require and snapshot from several threads must be linearizable with respect to the
 * property engine's model of the registry's semantics, in stress mode and in model-checking mode; in
 * a third test, stress mode with {@code await} added. Operations the registry does not offer are left
 * out. A failure prints Lincheck's own report (the scenario in columns and, for model checking, the
 * interleaving that breaks it); what Lincheck reports besides invalid results is confirmed on real
 * threads first ({@link LincheckCheck}): a crash of Lincheck itself is a suite error, never a verdict
 * on the registry. A driver author's build runs them with Surefire, with
 * {@code org.jetbrains.lincheck:lincheck} added in test scope (this kit's dependency on it is
 * optional):
 *
 * <pre>{@code
 * class MyRegistryLincheckTest extends LincheckContract {
 *     protected NodeRegistryFactory factory() {
 *         return new MyRegistryFactory();
 *     }
 * }
 * }</pre>
 *
 * Iterations scale with {@link Settings#lincheckScale()}. Run these tests one at a time.
 */
@ExtendWith(ClauseFailures.class)
public abstract class LincheckContract {

    /** Creates the contract; subclasses supply the factory. */
    protected LincheckContract() {
    }

    /**
     * Returns the factory of the registry under test.
     *
     * @return the factory; each {@code create()} must return a new, empty registry
     */
    protected abstract NodeRegistryFactory factory();

    @Test
    @Clauses({Clause.C1, Clause.C2, Clause.C3, Clause.C4, Clause.C5, Clause.C7})
    void stress(TestReporter reporter) {
        Settings settings = Settings.fromSystemProperties();
        reporter.publishEntry("invocations", Long.toString(
                (long) settings.lincheckIterations(LincheckOptions.STRESS_ITERATIONS) * LincheckOptions.STRESS_INVOCATIONS));
        note(reporter, LincheckCheck.run(factory(), LincheckOptions.stress(settings), ReadOperations.class, false));
    }

    @Test
    @Clauses({Clause.C1, Clause.C2, Clause.C3, Clause.C4, Clause.C5, Clause.C7})
    void modelChecking(TestReporter reporter) {
        Settings settings = Settings.fromSystemProperties();
        reporter.publishEntry("invocations", Long.toString(
                (long) settings.lincheckIterations(LincheckOptions.MC_ITERATIONS) * LincheckOptions.MC_INVOCATIONS));
        note(reporter, LincheckCheck.run(factory(), LincheckOptions.modelChecking(settings), ReadOperations.class,
                true));
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
        if (!Features.of(factory()).offers(Feature.AWAIT)) {
            throw new TestAbortedException(FeatureCondition.NOT_APPLICABLE + "the registry does not offer "
                    + Feature.AWAIT.title());
        }
        Settings settings = Settings.fromSystemProperties();
        reporter.publishEntry("invocations", Long.toString(
                (long) settings.lincheckIterations(LincheckOptions.AWAIT_ITERATIONS) * LincheckOptions.AWAIT_INVOCATIONS));
        note(reporter, LincheckCheck.run(factory(), LincheckOptions.stressWithAwait(settings), AwaitOperations.class,
                false));
    }

    /**
     * Stress mode with {@code close()} of the registry and a register of a malformed key added (C9,
     * C10): registering after the close must fail, reads must go on, bad input must change nothing.
     *
     * @param reporter where the invocations are published
     */
    @Test
    @Clauses({Clause.C9, Clause.C10})
    void stressWithCloseAndBadInput(TestReporter reporter) {
        Features features = Features.of(factory());
        if (!features.offers(Feature.CLOSE) && !features.offers(Feature.BAD_INPUT)) {
            throw new TestAbortedException(FeatureCondition.NOT_APPLICABLE + "the registry offers neither "
                    + Feature.CLOSE.title() + " nor " + Feature.BAD_INPUT.title());
        }
        Settings settings = Settings.fromSystemProperties();
        reporter.publishEntry("invocations", Long.toString(
                (long) settings.lincheckIterations(LincheckOptions.STRESS_ITERATIONS) * LincheckOptions.STRESS_INVOCATIONS));
        note(reporter, LincheckCheck.run(factory(), LincheckOptions.stress(settings), LifecycleOperations.class, false));
    }

    private static void note(TestReporter reporter, java.util.Optional<String> note) {
        note.ifPresent(n -> {
            System.out.println(n);
            reporter.publishEntry("note", n.lines().findFirst().orElse(n));
        });
    }
}
