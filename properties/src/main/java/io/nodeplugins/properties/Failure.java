package io.nodeplugins.properties;

import java.util.Objects;

/**
 * Why a sequence failed. Immutable.
 *
 * @param signature   what kind of failure it is, stable under shrinking (for example
 *                    {@code "Require: returned instead of PluginNotRegisteredException"}); the
 *                    shrinker keeps only smaller sequences that fail with the same signature
 * @param description the full explanation: expected and actual outcome, or the broken invariant
 * @param step        the index of the step the failure showed at, or -1 if it belongs to no step
 */
public record Failure(String signature, String description, int step) {

    /**
     * Checks the components.
     *
     * @param signature   the failure kind
     * @param description the explanation
     * @param step        the step index or -1
     */
    public Failure {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(description, "description");
    }
}
