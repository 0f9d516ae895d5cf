package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.engine.core.Replay;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.NodeRegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;

/**
 * The parallel properties of the contract as JUnit 5 tests, for any node registry: each draws
 * scenarios of a sequential prefix and 2-3 concurrent suffixes, runs each many times on real
 * threads against a fresh registry, and requires every history to be linearizable with respect to
 * the model; a failure is shrunk and printed with the threads in columns and why no linearization
 * exists. A property has the same name here as in {@link SequentialContract}. A driver author's
 * build runs them with Surefire:
 *
 * <pre>{@code
 * class MyRegistryParallelTest extends ParallelContract {
 *     protected NodeRegistryFactory factory() {
 *         return new MyRegistryFactory();
 *     }
 * }
 * }</pre>
 *
 * Settings come from the system properties ({@link Settings}). The tests use several threads each;
 * run them one at a time.
 */
@ExtendWith(ClauseFailures.class)
public abstract class ParallelContract {

    /** Creates the contract; subclasses supply the factory. */
    protected ParallelContract() {
    }

    /**
     * Returns the factory of the registry under test.
     *
     * @return the factory; each {@code create()} must return a new, empty registry
     */
    protected abstract NodeRegistryFactory factory();

    /**
     * Returns the settings; by default read from the system properties.
     *
     * @return the settings
     */
    protected Settings settings() {
        return Settings.fromSystemProperties();
    }

    @Test
    @Clauses({Clause.C1, Clause.C2, Clause.C3})
    void registrationsStackAndCloseByHandle(TestInfo test, TestReporter reporter) {
        check(ContractProperty.REGISTRATIONS, test, reporter);
    }

    @Test
    @Clauses(Clause.C6)
    void awaitReturnsOrTimesOutAndLeavesNoWaiter(TestInfo test, TestReporter reporter) {
        check(ContractProperty.AWAIT, test, reporter);
    }

    @Test
    @Clauses(Clause.C7)
    void snapshotIsTheStateOfOneInstant(TestInfo test, TestReporter reporter) {
        check(ContractProperty.SNAPSHOT, test, reporter);
    }

    @Test
    @Clauses(Clause.C8)
    void snapshotAndEventsRebuildTheState(TestInfo test, TestReporter reporter) {
        if (!Features.of(factory()).offers(Feature.SUBSCRIBE)) { // in parallel it races subscriptions only
            throw new TestAbortedException(FeatureCondition.NOT_APPLICABLE + "the registry does not offer "
                    + Feature.SUBSCRIBE.title());
        }
        check(ContractProperty.SNAPSHOT_AND_EVENTS, test, reporter);
    }

    @Test
    @Clauses({Clause.C1, Clause.C2, Clause.C3, Clause.C4, Clause.C5, Clause.C6, Clause.C7, Clause.C8, Clause.C9,
            Clause.C10})
    void everyCommandMixed(TestInfo test, TestReporter reporter) {
        check(ContractProperty.EVERY_COMMAND, test, reporter);
    }

    /**
     * Checks the parallel form of one property, publishes the number of histories checked (report
     * entry {@code histories}) and fails with its report.
     *
     * @param property the property
     * @param test     the running test, for the replay command
     * @param reporter where the histories are published
     * @return the (passing) result
     */
    protected final PropertyResult<?> check(ContractProperty property, TestInfo test, TestReporter reporter) {
        Settings settings = settings();
        Replay replay = Replay.ofTest(getClass(), test.getTestMethod().orElseThrow().getName());
        property.notApplicableTo(Features.of(factory())).ifPresent(reason -> {
            throw new TestAbortedException(reason);
        });
        PropertyResult<?> result = property.checkInParallel(factory(), settings, replay);
        reporter.publishEntry("histories", Long.toString((long) result.tries() * settings.runs()));
        result.assertPassed();
        return result;
    }
}
