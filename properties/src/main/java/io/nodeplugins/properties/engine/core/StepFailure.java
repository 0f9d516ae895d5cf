package io.nodeplugins.properties.engine.core;

import java.util.Objects;

/**
 * Why a sequence of steps failed, and at which step. Immutable.
 *
 * @param signature   what kind of failure it is, stable under shrinking (for example
 *                    {@code "Require: returned instead of PluginNotRegisteredException"})
 * @param description the full explanation: expected and actual outcome, or the broken invariant
 * @param step        the index of the step the failure showed at, or -1 if it belongs to no step
 */
public record StepFailure(String signature, String description, int step) implements Failure {

    /**
     * Checks the components.
     *
     * @param signature   the failure kind
     * @param description the explanation
     * @param step        the step index or -1
     */
    public StepFailure {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String explanation() {
        return description;
    }
}
