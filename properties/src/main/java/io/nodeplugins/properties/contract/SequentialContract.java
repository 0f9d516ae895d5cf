package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.engine.core.Replay;
import io.nodeplugins.properties.engine.core.Settings;
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
 * The sequential model-based properties of the contract as JUnit 5 tests, for any node registry:
 * each generates command sequences, runs them on a fresh registry beside the model, checks every
 * outcome and every invariant after every step, and shrinks a failure to a minimal scenario
 * printed as Java steps. A driver author's build runs them with Surefire:
 *
 * <pre>{@code
 * class MyRegistrySequentialTest extends SequentialContract {
 *     protected NodeRegistryFactory factory() {
 *         return new MyRegistryFactory();
 *     }
 * }
 * }</pre>
 *
 * The settings come from the system properties ({@link Settings}: {@code -Dnodeplugins.effort},
 * {@code -Dnodeplugins.tries}, {@code -Dnodeplugins.seed}, ...); a failure's message is the shrunk
 * scenario, the seed and the Maven command that replays it. The tests are independent and may run
 * concurrently if the factory's registries are independent.
 */
@ExtendWith(ClauseFailures.class)
public abstract class SequentialContract {

    /** Creates the contract; subclasses supply the factory. */
    protected SequentialContract() {
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
    @Clauses({Clause.C4, Clause.C5})
    void lookupAndRequireAgreeWithTheModel(TestInfo test, TestReporter reporter) {
        check(ContractProperty.LOOKUP_AND_REQUIRE, test, reporter);
    }

    @Test
    @Clauses(Clause.C6)
    void awaitReturnsOrTimesOutAndLeavesNoWaiter(TestInfo test, TestReporter reporter) {
        check(ContractProperty.AWAIT, test, reporter);
    }

    @Test
    @Clauses({Clause.C7, Clause.C8})
    void snapshotAndEventsRebuildTheState(TestInfo test, TestReporter reporter) {
        check(ContractProperty.SNAPSHOT_AND_EVENTS, test, reporter);
    }

    @Test
    @Clauses(Clause.C9)
    void closeRejectsWritesAndKeepsRegistrationsReadable(TestInfo test, TestReporter reporter) {
        check(ContractProperty.CLOSE, test, reporter);
    }

    @Test
    @Clauses(Clause.C10)
    void badInputIsRejectedAndChangesNothing(TestInfo test, TestReporter reporter) {
        check(ContractProperty.BAD_INPUT, test, reporter);
    }

    @Test
    @Clauses({Clause.C1, Clause.C2, Clause.C3, Clause.C4, Clause.C5, Clause.C6, Clause.C7, Clause.C8, Clause.C9,
            Clause.C10})
    void everyCommandMixed(TestInfo test, TestReporter reporter) {
        check(ContractProperty.EVERY_COMMAND, test, reporter);
    }

    /**
     * Checks one property, publishes its number of tries (report entry {@code tries}) and fails
     * with its report.
     *
     * @param property the property
     * @param test     the running test, for the replay command
     * @param reporter where the tries are published
     * @return the (passing) result
     */
    protected final PropertyResult<?> check(ContractProperty property, TestInfo test, TestReporter reporter) {
        Replay replay = Replay.ofTest(getClass(), test.getTestMethod().orElseThrow().getName());
        property.notApplicableTo(Features.of(factory())).ifPresent(reason -> {
            throw new TestAbortedException(reason);
        });
        PropertyResult<?> result = property.checkSequentially(factory(), settings(), replay);
        reporter.publishEntry("tries", Integer.toString(result.tries()));
        result.assertPassed();
        return result;
    }
}
