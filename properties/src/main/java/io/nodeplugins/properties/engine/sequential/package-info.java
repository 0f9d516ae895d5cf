/**
 * The sequential engine: {@link io.nodeplugins.properties.engine.sequential.SequentialRunner} runs a
 * command sequence beside the model and checks every invariant after every step;
 * {@link io.nodeplugins.properties.engine.sequential.SequenceProperty} builds a property over sequences
 * of any step type.
 */
package io.nodeplugins.properties.engine.sequential;
