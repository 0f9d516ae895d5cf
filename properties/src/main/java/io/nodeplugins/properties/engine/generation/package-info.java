/**
 * Generation: node names, timeouts and registry commands drawn from a seeded {@code SplittableRandom}
 * ({@link io.nodeplugins.properties.engine.generation.Generators}, weighted by a
 * {@link io.nodeplugins.properties.engine.generation.CommandMix}), and the scenarios of both engines
 * ({@link io.nodeplugins.properties.engine.generation.Scenarios}).
 */
package io.nodeplugins.properties.engine.generation;
