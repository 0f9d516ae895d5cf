package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.engine.core.PropertyFailure;
import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.NodeRegistryFactory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;

/**
 * One run of a contract's test class on the JUnit Platform (EngineTestKit) against the factory
 * named by class, as a driver's Surefire would run it: the meta-tests use it to see which checks a
 * registry passes, fails, or does not apply to. The factory reaches the contract's one-line
 * subclass through the system property {@value NodeRegistryFactory#PROPERTY}, set for the run (with
 * the CI settings) and restored after; meta-tests run one at a time.
 *
 * @param started       the tests that started (passed, failed, or aborted)
 * @param passed        the tests that ran and passed
 * @param failed        the tests that failed, with their clauses and what they threw
 * @param notApplicable why each test that did not apply was skipped or aborted ("n/a: ...")
 * @param otherwise     why each test skipped or aborted for another reason
 * @param elapsed       how long the whole run took
 * @param firstFailure  how long after the run started its first check failed, or null if none did
 */
public record ContractRun(long started, long passed, List<Failed> failed, List<String> notApplicable,
                          List<String> otherwise, java.time.Duration elapsed, java.time.Duration firstFailure) {

    /** The kit's contracts, each as its one-line subclass reading {@code -Dnodeplugins.factory}. */
    public enum Contract {
        /** {@link UnitContract}. */
        UNIT(UnitContractTest.class),
        /** {@link SequentialContract}. */
        SEQUENTIAL(SequentialContractTest.class),
        /** {@link ParallelContract}. */
        PARALLEL(ParallelContractTest.class),
        /** {@link LincheckContract}. */
        LINCHECK(LincheckContractTest.class);

        private final Class<?> testClass;

        Contract(Class<?> testClass) {
            this.testClass = testClass;
        }

        Class<?> testClass() {
            return testClass;
        }
    }

    /**
     * A failed check.
     *
     * @param name    "C3HandleScopedRemoval.aLateClose..." with a parameterised test's arguments
     * @param clauses the clauses it declares
     * @param thrown  what it failed with
     */
    public record Failed(String name, Set<Clause> clauses, Throwable thrown) {
        @Override
        public String toString() {
            return name + " " + clauses;
        }
    }

    /**
     * Copies the lists.
     *
     * @param started       the tests that started
     * @param passed        the tests that passed
     * @param failed        the failed tests
     * @param notApplicable the n/a reasons
     * @param otherwise     the other skip and abort reasons
     * @param elapsed       the run's duration
     * @param firstFailure  when the first check failed, or null
     */
    public ContractRun {
        failed = List.copyOf(failed);
        notApplicable = List.copyOf(notApplicable);
        otherwise = List.copyOf(otherwise);
    }

    /**
     * Runs every check of a contract against a factory.
     *
     * @param contract     the contract
     * @param factoryClass the binary name of the factory (or declaration) under test
     * @return the run
     */
    public static ContractRun of(Contract contract, String factoryClass) {
        return run(List.of(selectClass(contract.testClass())), factoryClass);
    }

    /**
     * Runs the checks of a contract that declare {@code clause}: its test methods and nested
     * classes whose {@code @Clauses} (or whose class's) include it.
     *
     * @param contract     the contract
     * @param factoryClass the binary name of the factory under test
     * @param clause       the clause
     * @return the run
     */
    public static ContractRun of(Contract contract, String factoryClass, Clause clause) {
        Class<?> contractTest = contract.testClass();
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (Class<?> c = contractTest; c != Object.class; c = c.getSuperclass()) {
            for (Class<?> nested : c.getDeclaredClasses()) {
                if (nested.isAnnotationPresent(Nested.class) && DeclaredClauses.of(nested).contains(clause)) {
                    selectors.add(selectNestedClass(List.of(contractTest), nested));
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (isTest(method) && DeclaredClauses.of(method, contractTest).contains(clause)) {
                    selectors.add(selectMethod(contractTest, method));
                }
            }
        }
        if (selectors.isEmpty()) {
            throw new IllegalArgumentException(contractTest.getName() + " has no check of " + clause);
        }
        return run(selectors, factoryClass);
    }

    /**
     * Runs one test method of a contract, by name.
     *
     * @param contract     the contract
     * @param method       the test method's name
     * @param factoryClass the binary name of the factory under test
     * @return the run
     */
    public static ContractRun ofMethod(Contract contract, String method, String factoryClass) {
        return ofMethod(contract, method, factoryClass, Map.of());
    }

    /**
     * Runs one test method of a contract at CI strength with some settings overridden.
     *
     * @param contract     the contract
     * @param method       the test method's name
     * @param factoryClass the binary name of the factory under test
     * @param overrides    system properties set for the run on top of the CI settings
     * @return the run
     * @throws IllegalArgumentException if the contract has no such test method
     */
    public static ContractRun ofMethod(Contract contract, String method, String factoryClass,
                                       Map<String, String> overrides) {
        for (Class<?> c = contract.testClass(); c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(method) && isTest(m)) {
                    return run(List.of(selectMethod(contract.testClass(), m)), factoryClass, overrides);
                }
            }
        }
        throw new IllegalArgumentException(contract.testClass().getName() + " has no test method " + method);
    }

    private static boolean isTest(Method method) {
        return method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class)
                || method.isAnnotationPresent(TestFactory.class);
    }

    /**
     * Runs the selected checks with the factory and the CI settings: the proof is made at CI
     * strength whatever the build asks of the implementation under test ({@code -Dnodeplugins.effort},
     * {@code -Dnodeplugins.tries}, ...). The system properties are restored afterwards.
     */
    private static ContractRun run(List<? extends DiscoverySelector> selectors, String factoryClass) {
        return run(selectors, factoryClass, Map.of());
    }

    private static ContractRun run(List<? extends DiscoverySelector> selectors, String factoryClass,
                                   Map<String, String> overrides) {
        Properties saved = (Properties) System.getProperties().clone();
        System.setProperty(NodeRegistryFactory.PROPERTY, factoryClass);
        Settings.OVERRIDES.forEach(System::clearProperty);
        System.setProperty(Settings.EFFORT, Effort.CI.cliName());
        overrides.forEach(System::setProperty);
        EngineExecutionResults results;
        java.time.Instant start = java.time.Instant.now();
        try {
            results = EngineTestKit.engine("junit-jupiter").selectors(selectors.toArray(DiscoverySelector[]::new))
                    .execute();
        } finally {
            System.setProperties(saved);
        }
        java.time.Duration elapsed = java.time.Duration.between(start, java.time.Instant.now());
        java.time.Duration firstFailure = results.testEvents().failed().stream().map(Event::getTimestamp)
                .min(java.util.Comparator.naturalOrder()).map(t -> java.time.Duration.between(start, t)).orElse(null);
        List<Failed> failed = results.testEvents().failed().stream().map(ContractRun::failed)
                .collect(Collectors.toList());
        List<String> skipped = Stream.concat(
                results.testEvents().skipped().stream().map(e -> e.getPayload(String.class).orElse("")),
                results.testEvents().aborted().stream().map(e -> e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse(""))).toList();
        return new ContractRun(results.testEvents().started().count(), results.testEvents().succeeded().count(),
                failed, skipped.stream().filter(r -> r.startsWith(FeatureCondition.NOT_APPLICABLE)).toList(),
                skipped.stream().filter(r -> !r.startsWith(FeatureCondition.NOT_APPLICABLE)).toList(), elapsed,
                firstFailure);
    }

    /**
     * Returns whether a failed check declares {@code clause}.
     *
     * @param clause the clause
     * @return whether the run caught a breach of it
     */
    public boolean caughtBy(Clause clause) {
        return failed.stream().anyMatch(f -> f.clauses().contains(clause));
    }

    /**
     * Returns the property results of the failed checks that declare {@code clause} and fewer than
     * every clause (a property that mixes every command proves less about one clause).
     *
     * @param clause the clause
     * @return the results, with their minimal scenarios and reports
     */
    public List<PropertyResult<?>> propertyFailuresOf(Clause clause) {
        return failed.stream().filter(f -> f.clauses().contains(clause) && f.clauses().size() < Clause.values().length)
                .map(Failed::thrown).flatMap(ContractRun::propertyResult).collect(Collectors.toList());
    }

    /**
     * Returns the property results of every failed check.
     *
     * @return the results, in the order the checks failed; a check that failed otherwise is left out
     */
    public List<PropertyResult<?>> propertyFailures() {
        return failed.stream().map(Failed::thrown).flatMap(ContractRun::propertyResult).collect(Collectors.toList());
    }

    private static Stream<PropertyResult<?>> propertyResult(Throwable thrown) {
        Throwable cause = thrown instanceof ClauseFailures.ClauseViolation v ? v.getCause() : thrown;
        return cause instanceof PropertyFailure p ? Stream.of(p.result()) : Stream.empty();
    }

    /**
     * Asserts what a registry that keeps the contract shows, after printing the run and the report
     * of every failed property: no check failed, none was skipped for a reason other than n/a, some
     * did not apply (the registry offers less than the reference) and some ran and passed.
     *
     * @param registry the registry's name, for the messages
     */
    public void assertPassesWhatApplies(String registry) {
        System.out.println(summary(registry));
        propertyFailures().forEach(r -> System.out.println(r.report()));
        assertThat(failed).as("failed checks of %s", registry).isEmpty();
        assertThat(otherwise).as("checks of %s skipped or aborted other than as n/a", registry).isEmpty();
        assertThat(notApplicable).as("n/a checks of %s", registry).isNotEmpty();
        assertThat(passed).as("checks of %s that ran and passed", registry).isPositive();
    }

    /**
     * Returns the run in one line, for the build log.
     *
     * @param registry the registry's name
     * @return for example "gRPC LoadBalancerRegistry: 3 ran (3 passed, 0 failed), 4 n/a"
     */
    public String summary(String registry) {
        return registry + ": " + (passed + failed.size()) + " ran (" + passed + " passed, " + failed.size()
                + " failed), " + notApplicable.size() + " n/a" + (otherwise.isEmpty() ? ""
                : ", " + otherwise.size() + " skipped otherwise " + otherwise) + (failed.isEmpty() ? "" : "; failed: "
                + failed);
    }

    private static Failed failed(Event event) {
        TestDescriptor test = event.getTestDescriptor();
        TestDescriptor method = test.getParent().filter(p -> methodOf(p).isPresent()).orElse(test);
        MethodSource source = methodOf(method).orElseThrow();
        String name = source.getJavaClass().getSimpleName() + "." + source.getMethodName()
                + (method == test ? "" : " " + test.getDisplayName());
        Throwable thrown = event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .orElse(null);
        return new Failed(name, DeclaredClauses.of(source.getJavaMethod(), source.getJavaClass()), thrown);
    }

    private static Optional<MethodSource> methodOf(TestDescriptor descriptor) {
        return descriptor.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
    }
}
