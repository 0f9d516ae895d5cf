package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.contract.FeatureCondition;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.KeySpace;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Runs a unit test marked {@link NodeNameKeys} only if the registry's key space admits its node
 * names; otherwise skips it with the reason {@code "n/a: ..."}, as {@link FeatureCondition} does for
 * features. Stateless and thread-safe.
 */
final class NodeNameKeysCondition implements ExecutionCondition {

    /** Creates the condition (JUnit does, for the unit tests). */
    NodeNameKeysCondition() {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Object> instance = context.getTestInstance();
        Optional<Method> method = context.getTestMethod();
        NodeNameKeys needs = method.map(m -> m.getAnnotation(NodeNameKeys.class)).orElse(null);
        if (needs == null || instance.isEmpty() || !(instance.get() instanceof ClauseTests tests)) {
            return ConditionEvaluationResult.enabled("no node names of its own");
        }
        KeySpace keys = Features.of(tests.factory()).keys();
        boolean admitted = needs.rules() ? keys.equals(KeySpace.NODE_NAMES) : ClauseTests.nodeNamesAreKeys(keys);
        return admitted ? ConditionEvaluationResult.enabled("node names are keys")
                : ConditionEvaluationResult.disabled(FeatureCondition.NOT_APPLICABLE + "the test "
                        + (needs.rules() ? "checks the node-name rules" : "chooses node names as keys")
                        + "; the registry's keys are " + keys.name());
    }
}
