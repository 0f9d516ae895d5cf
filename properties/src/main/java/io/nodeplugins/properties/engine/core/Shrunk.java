package io.nodeplugins.properties.engine.core;

import java.util.Objects;

/**
 * The result of a shrink: the smallest failing scenario found, a failure of it, and how it was
 * found. Immutable.
 *
 * @param scenario the smallest failing scenario
 * @param failure  a failure of it (step indices refer to it)
 * @param how      how far shrinking got, for the report: "1-minimal (...), after 120 shrinking runs"
 * @param <S>      the scenario type
 */
public record Shrunk<S>(S scenario, Failure failure, String how) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if one is null
     */
    public Shrunk {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(how, "how");
    }
}
