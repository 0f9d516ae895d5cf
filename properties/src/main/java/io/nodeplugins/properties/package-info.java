/**
 * The property engine and the registry contract suite.
 *
 * <p>{@link io.nodeplugins.properties.SequenceProperty} and
 * {@link io.nodeplugins.properties.PropertyRunner} are a small property-based testing engine for
 * sequences of steps: seeded generation, a check per sequence, shrinking by delta debugging and a
 * readable report. {@link io.nodeplugins.properties.SequentialRunner} is the model-based check for
 * registry commands ({@link io.nodeplugins.properties.model}), and
 * {@link io.nodeplugins.properties.PluginRegistryContract} packages the
 * {@link io.nodeplugins.properties.ContractProperty properties} as a JUnit 5 suite to extend.
 */
package io.nodeplugins.properties;
