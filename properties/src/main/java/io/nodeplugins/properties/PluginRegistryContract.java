package io.nodeplugins.properties;

import io.nodeplugins.properties.model.Command;
import io.nodeplugins.registry.NodeRegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestReporter;

/**
 * The registry contract (C1-C10) as JUnit 5 tests, for any node registry. A driver author extends
 * it and supplies a factory:
 *
 * <pre>{@code
 * class MyRegistryContractTest extends PluginRegistryContract {
 *     protected NodeRegistryFactory factory() {
 *         return MyRegistry::new; // or NodeRegistryFactory.fromSystemProperty()
 *     }
 * }
 * }</pre>
 *
 * Each test checks one {@link ContractProperty} with the {@link PropertySettings} from the system
 * properties ({@code nodeplugins.tries}, {@code nodeplugins.steps}, {@code nodeplugins.seed}); a
 * failure's message is the shrunk scenario, the seed and the replay command. The tests are
 * independent and may run concurrently if the factory's registries are independent.
 */
public abstract class PluginRegistryContract {

    /** Creates the suite; subclasses supply the factory. */
    protected PluginRegistryContract() {
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
    protected PropertySettings settings() {
        return PropertySettings.fromSystemProperties();
    }

    @Test
    void c1_c3_registrationsStackAndCloseByHandle(TestInfo test, TestReporter reporter) {
        check(ContractProperty.C1_C3_REGISTRATION, test, reporter);
    }

    @Test
    void c4_c5_lookupAndRequireAgreeWithTheModel(TestInfo test, TestReporter reporter) {
        check(ContractProperty.C4_C5_LOOKUP, test, reporter);
    }

    @Test
    void c6_awaitReturnsOrTimesOutAndLeavesNoWaiter(TestInfo test, TestReporter reporter) {
        check(ContractProperty.C6_AWAIT, test, reporter);
    }

    @Test
    void c7_c8_snapshotAndEventsRebuildTheState(TestInfo test, TestReporter reporter) {
        check(ContractProperty.C7_C8_SNAPSHOT_AND_EVENTS, test, reporter);
    }

    @Test
    void c9_closeRejectsWritesAndKeepsRegistrationsReadable(TestInfo test, TestReporter reporter) {
        check(ContractProperty.C9_CLOSE, test, reporter);
    }

    @Test
    void c10_badInputIsRejectedAndChangesNothing(TestInfo test, TestReporter reporter) {
        check(ContractProperty.C10_BAD_INPUT, test, reporter);
    }

    @Test
    void c1_c10_everyCommandMixed(TestInfo test, TestReporter reporter) {
        check(ContractProperty.ALL_COMMANDS, test, reporter);
    }

    /**
     * Checks one property and fails with its report.
     *
     * @param property the property
     * @param test     the running test, for the replay command
     * @return the (passing) result
     */
    protected final PropertyResult<Command> check(ContractProperty property, TestInfo test) {
        return check(property, test, entry -> { });
    }

    /**
     * Checks one property, publishes its number of tries (report entry {@code tries}, which the main
     * job's report shows) and fails with its report.
     *
     * @param property the property
     * @param test     the running test, for the replay command
     * @param reporter where the tries are published
     * @return the (passing) result
     */
    protected final PropertyResult<Command> check(ContractProperty property, TestInfo test, TestReporter reporter) {
        String method = test.getTestMethod().map(m -> "#" + m.getName()).orElse("");
        String factoryProperty = System.getProperty(NodeRegistryFactory.PROPERTY, "").isBlank() ? ""
                : " '-D" + NodeRegistryFactory.PROPERTY + "=" + System.getProperty(NodeRegistryFactory.PROPERTY).trim() + "'";
        String replay = "mvn -B verify -Dtest='" + getClass().getName() + method
                + "' -Dsurefire.failIfNoSpecifiedTests=false" + factoryProperty + " -D" + PropertySettings.SEED + "={seed}";
        PropertyResult<Command> result = property.check(factory(), settings(), replay);
        reporter.publishEntry("tries", Integer.toString(result.tries()));
        result.assertPassed();
        return result;
    }
}
