/**
 * Parallel model-based testing: linearizability of registry histories recorded on real threads.
 *
 * <ul>
 *   <li>{@link io.nodeplugins.properties.linearizability.LinearizabilityChecker} decides whether a
 *       history of {@link io.nodeplugins.properties.linearizability.Call calls} is linearizable with
 *       respect to any {@link io.nodeplugins.properties.linearizability.SequentialSpecification}
 *       (Wing-Gong search as made incremental by Lowe, memoised on (state, linearized set), split per
 *       key when every call touches one key).</li>
 *   <li>{@link io.nodeplugins.properties.linearizability.RegistrySpecification} plugs the registry
 *       model in, with a two-instant model of a timed-out {@code await} (no registration of its node
 *       between the instant it began to wait and the instant, after its timeout, it gave up).</li>
 *   <li>{@link io.nodeplugins.properties.linearizability.ParallelProperty} draws
 *       {@link io.nodeplugins.properties.linearizability.ParallelScenario scenarios} (a sequential
 *       prefix, then 2-3 concurrent suffixes), {@link io.nodeplugins.properties.linearizability.ParallelRunner
 *       runs} each many times, checks every history, shrinks the first failure and reports it
 *       ({@link io.nodeplugins.properties.linearizability.ParallelResult}): the observed results per
 *       thread in columns, why no linearization exists, the seed and the replay command.</li>
 * </ul>
 */
package io.nodeplugins.properties.engine.linearizability;
