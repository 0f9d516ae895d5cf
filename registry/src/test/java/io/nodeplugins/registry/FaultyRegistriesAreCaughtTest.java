package io.nodeplugins.registry;

import io.nodeplugins.registry.faulty.FaultyRegistries;
import io.nodeplugins.registry.faulty.FaultyRegistry;
import io.nodeplugins.registry.faulty.SimpleLockedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Every faulty registry fails at least one unit test of the clause it breaks. Each case runs that
 * clause's test class on the JUnit Platform against the faulty registry's factory (through the
 * configuration parameter that {@link RegistryUnderTest} reads) and prints which tests caught it.
 * To see one such run in full: {@code mvn -pl registry test -Dtest=C3HandleScopedRemovalTest
 * -Dnodeplugins.factory='io.nodeplugins.registry.faulty.RemoveByKeyRegistry$Factory'}.
 */
class FaultyRegistriesAreCaughtTest {

    /** The unit-test class of each clause. */
    static final Map<String, Class<?>> CLAUSE_TESTS = Map.of(
            "C1", C1RegisterTest.class,
            "C2", C2NewestWinsTest.class,
            "C3", C3HandleScopedRemovalTest.class,
            "C4", C4LookupTest.class,
            "C5", C5RequireTest.class,
            "C6", C6AwaitTest.class,
            "C7", C7SnapshotTest.class,
            "C8", C8SubscribeTest.class,
            "C9", C9CloseTest.class,
            "C10", C10BadInputTest.class);

    static List<FaultyRegistry> faultyRegistries() {
        return FaultyRegistries.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("faultyRegistries")
    void theClauseTestsCatchIt(FaultyRegistry faulty) {
        Class<?> clauseTest = CLAUSE_TESTS.get(faulty.clause());
        assertThat(clauseTest).as("unit tests of clause " + faulty.clause()).isNotNull();

        long start = System.nanoTime();
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(clauseTest))
                .configurationParameter(NodeRegistryFactory.PROPERTY, faulty.factoryClassName())
                .execute();

        List<String> caughtBy = results.testEvents().failed().stream()
                .map(Event::getTestDescriptor)
                .map(FaultyRegistriesAreCaughtTest::testName)
                .collect(Collectors.toList());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long run = results.testEvents().started().count();
        System.out.println(faulty.clause() + " " + faulty.name() + " caught by " + caughtBy.size() + " of " + run
                + " tests in " + millis + " ms: " + caughtBy);
        assertThat(run).as("tests of " + clauseTest.getSimpleName() + " run against " + faulty.name()).isPositive();
        assertThat(caughtBy).as(faulty.name() + " (" + faulty.bug() + ") passed every test of "
                + clauseTest.getSimpleName() + ": the unit tests do not catch it").isNotEmpty();
    }

    /**
     * The faulty registries share one correct base, {@link SimpleLockedRegistry}; it passes every
     * clause test, so each faulty registry fails only because of the one hook it overrides.
     */
    @Test
    void theirCorrectBasePassesEveryClauseTest() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(CLAUSE_TESTS.values().stream().map(DiscoverySelectors::selectClass).toArray(DiscoverySelector[]::new))
                .configurationParameter(NodeRegistryFactory.PROPERTY, SimpleLockedRegistry.Factory.class.getName())
                .execute();

        List<String> failed = results.testEvents().failed().stream()
                .map(e -> testName(e.getTestDescriptor()) + ": " + e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable).map(Throwable::toString).orElse("?"))
                .collect(Collectors.toList());
        assertThat(results.testEvents().started().count()).isGreaterThan(CLAUSE_TESTS.size());
        assertThat(failed).as("clause tests failed by the correct base of the faulty registries").isEmpty();
    }

    /** "C3HandleScopedRemovalTest.closeRemovesItsOwnRegistration", with the arguments of a parameterised test. */
    private static String testName(TestDescriptor test) {
        TestDescriptor method = test.getParent().filter(p -> methodOf(p) != null).orElse(test);
        MethodSource source = methodOf(method);
        if (source == null) {
            return test.getDisplayName();
        }
        String name = source.getJavaClass().getSimpleName() + "." + source.getMethodName();
        return method == test ? name : name + " " + test.getDisplayName();
    }

    private static MethodSource methodOf(TestDescriptor descriptor) {
        return descriptor.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast).orElse(null);
    }
}
