/**
 * The linearizability checker of the parallel engine.
 *
 * <ul>
 *   <li>{@link io.nodeplugins.properties.engine.linearizability.LinearizabilityChecker} decides whether
 *       a history of {@link io.nodeplugins.properties.engine.linearizability.Call calls} is linearizable
 *       with respect to any {@link io.nodeplugins.properties.engine.linearizability.SequentialSpecification}
 *       (Wing-Gong search as made incremental by Lowe, memoised on (state, linearized set), split per
 *       key when every call touches one key).</li>
 *   <li>{@link io.nodeplugins.properties.engine.linearizability.RegistrySpecification} plugs the
 *       registry model in, with a two-instant model of a timed-out {@code await} (no registration of
 *       its node between the instant it began to wait and the instant, after its timeout, it gave up).</li>
 * </ul>
 */
package io.nodeplugins.properties.engine.linearizability;
