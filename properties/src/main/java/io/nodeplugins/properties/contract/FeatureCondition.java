package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.NodeRegistryFactory;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Runs a contract's check only if the registry under test offers what its {@link Requires} names;
 * otherwise the check is skipped with the reason {@code "n/a: <what is missing>"}, which the main
 * job's report shows as {@code n/a}. The registry's features come from the contract instance's
 * {@code factory()} ({@link Features#of}). Stateless and thread-safe.
 */
public final class FeatureCondition implements ExecutionCondition {

    /** The prefix of the reason a check is skipped for: what the report reads as {@code n/a}. */
    public static final String NOT_APPLICABLE = "n/a: ";

    /** Creates the condition (JUnit does, for the contracts). */
    public FeatureCondition() {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Object> instance = context.getTestInstance();
        Optional<Method> method = context.getTestMethod();
        if (instance.isEmpty() || method.isEmpty()) {
            return ConditionEvaluationResult.enabled("decided per test");
        }
        Features features = Features.of(factoryOf(instance.get()));
        List<String> missing = new ArrayList<>();
        for (AnnotatedElement element : List.of(context.getRequiredTestClass(), method.get())) {
            Requires requires = element.getAnnotation(Requires.class);
            if (requires == null) {
                continue;
            }
            for (Feature f : requires.value()) {
                if (!features.offers(f) && !missing.contains(f.title())) {
                    missing.add(f.title());
                }
            }
            if (requires.semantics().length > 0 && !Arrays.asList(requires.semantics()).contains(features.semantics())) {
                missing.add(Arrays.stream(requires.semantics()).map(Semantics::name).toList()
                        + " semantics (the registry has " + features.semantics() + ")");
            }
        }
        return missing.isEmpty() ? ConditionEvaluationResult.enabled("offered")
                : ConditionEvaluationResult.disabled(NOT_APPLICABLE + "the registry does not offer "
                        + String.join(", ", missing));
    }

    /** Calls the contract's {@code factory()}: every contract class declares one. */
    static NodeRegistryFactory factoryOf(Object contract) {
        for (Class<?> c = contract.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Method factory = c.getDeclaredMethod("factory");
                if (NodeRegistryFactory.class.isAssignableFrom(factory.getReturnType())) {
                    factory.setAccessible(true);
                    return (NodeRegistryFactory) factory.invoke(contract);
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call factory() of " + contract.getClass().getName(), e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("factory() of " + contract.getClass().getName() + " threw "
                        + e.getCause(), e.getCause());
            }
        }
        throw new IllegalStateException(contract.getClass().getName() + " declares no factory()");
    }
}
