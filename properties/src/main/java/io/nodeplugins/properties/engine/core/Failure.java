package io.nodeplugins.properties.engine.core;

/**
 * Why a scenario failed, in both engines: a {@link #signature()} that says what kind of failure
 * it is and stays the same while the scenario shrinks, and the full {@link #explanation()}.
 * Implementations are immutable.
 */
public interface Failure {

    /**
     * Returns what kind of failure this is, for example
     * {@code "Require: returned instead of PluginNotRegisteredException"} or
     * {@code "not linearizable"}. A shrinker keeps a smaller scenario only if it fails with the same
     * signature, so shrinking cannot slip from one bug to another.
     *
     * @return the signature
     */
    String signature();

    /**
     * Returns the full explanation: the expected and the actual outcome, the broken invariant, or
     * why no linearization exists.
     *
     * @return the explanation, possibly several lines
     */
    String explanation();
}
