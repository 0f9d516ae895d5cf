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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;

/**
 * One run of a contract test class on the JUnit Platform (EngineTestKit) against the factory
 * named by class, as a driver's Surefire would run it: the meta-tests use it to see which checks a
 * faulty registry fails. The factory reaches the contract's one-line subclass through the system
 * property {@value NodeRegistryFactory#PROPERTY}, set for the run (with the CI settings) and
 * restored after; meta-tests run one at a time.
 *
 * @param started the tests that ran
 * @param failed  the tests that failed, with their clauses and what they threw
 */
record ContractRun(long started, List<Failed> failed) {

    /**
     * A failed check.
     *
     * @param name    "C3HandleScopedRemoval.aLateClose..." with a parameterised test's arguments
     * @param clauses the clauses it declares
     * @param thrown  what it failed with
     */
    record Failed(String name, Set<Clause> clauses, Throwable thrown) {
        @Override
        public String toString() {
            return name + " " + clauses;
        }
    }

    /** Runs every check of {@code contractTest}. */
    static ContractRun of(Class<?> contractTest, String factoryClass) {
        return run(List.of(selectClass(contractTest)), factoryClass);
    }

    /**
     * Runs the checks of {@code contractTest} that declare {@code clause}: its test methods and
     * nested classes whose {@code @Clauses} (or whose class's) include it.
     */
    static ContractRun of(Class<?> contractTest, String factoryClass, Clause clause) {
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

    private static boolean isTest(Method method) {
        return method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class)
                || method.isAnnotationPresent(TestFactory.class);
    }

    /** Runs one test method of {@code contractTest}, by name. */
    static ContractRun ofMethod(Class<?> contractTest, String method, String factoryClass) {
        for (Class<?> c = contractTest; c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(method) && isTest(m)) {
                    return run(List.of(selectMethod(contractTest, m)), factoryClass);
                }
            }
        }
        throw new IllegalArgumentException(contractTest.getName() + " has no test method " + method);
    }

    /**
     * Runs the selected checks with the factory and the CI settings: the proof is made at CI
     * strength whatever the build asks of the implementation under test ({@code -Dnodeplugins.effort},
     * {@code -Dnodeplugins.tries}, ...). The system properties are restored afterwards.
     */
    private static ContractRun run(List<? extends DiscoverySelector> selectors, String factoryClass) {
        Properties saved = (Properties) System.getProperties().clone();
        System.setProperty(NodeRegistryFactory.PROPERTY, factoryClass);
        Settings.OVERRIDES.forEach(System::clearProperty);
        System.setProperty(Settings.EFFORT, Effort.CI.cliName());
        EngineExecutionResults results;
        try {
            results = EngineTestKit.engine("junit-jupiter").selectors(selectors.toArray(DiscoverySelector[]::new))
                    .execute();
        } finally {
            System.setProperties(saved);
        }
        List<Failed> failed = results.testEvents().failed().stream().map(ContractRun::failed)
                .collect(Collectors.toList());
        return new ContractRun(results.testEvents().started().count(), failed);
    }

    /** Whether a failed check declares {@code clause}. */
    boolean caughtBy(Clause clause) {
        return failed.stream().anyMatch(f -> f.clauses().contains(clause));
    }

    /**
     * Returns the property results of the failed checks that declare {@code clause} and fewer than
     * every clause (a property that mixes every command proves less about one clause).
     */
    List<PropertyResult<?>> propertyFailuresOf(Clause clause) {
        return failed.stream().filter(f -> f.clauses().contains(clause) && f.clauses().size() < Clause.values().length)
                .map(f -> f.thrown() instanceof ClauseFailures.ClauseViolation v ? v.getCause() : f.thrown())
                .filter(PropertyFailure.class::isInstance)
                .map(t -> ((PropertyFailure) t).result()).collect(Collectors.toList());
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
