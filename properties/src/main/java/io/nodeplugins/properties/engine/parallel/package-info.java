/**
 * The parallel engine: {@link io.nodeplugins.properties.engine.parallel.ParallelRunner} runs a
 * {@link io.nodeplugins.properties.engine.parallel.ParallelScenario} (a prefix, then 2-3 threads
 * released together) on real threads, records every call on a shared clock and checks the history with
 * the linearizability checker.
 */
package io.nodeplugins.properties.engine.parallel;
