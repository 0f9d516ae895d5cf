package io.nodeplugins.properties.engine.model;

import java.util.Objects;

/**
 * What the model says a command does from one state: the outcome the registry must produce and the
 * state after it. Immutable.
 *
 * @param next     the model after the command
 * @param expected the outcome the registry must produce
 */
public record Transition(RegistryModel next, Outcome expected) {

    /**
     * Checks the components.
     *
     * @param next     the model after the command
     * @param expected the expected outcome
     */
    public Transition {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(expected, "expected");
    }
}
