/**
 * Shrinking: delta debugging of command sequences to a 1-minimal one
 * ({@link io.nodeplugins.properties.engine.shrinking.SequenceShrinker}), passes over parallel scenarios
 * with escalating reruns ({@link io.nodeplugins.properties.engine.shrinking.ScenarioShrinker}), and the
 * argument simplifications both use.
 */
package io.nodeplugins.properties.engine.shrinking;
