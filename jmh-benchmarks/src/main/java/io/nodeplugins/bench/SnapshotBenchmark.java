package io.nodeplugins.bench;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * What an exact snapshot (C7) costs against the registry's size.
 *
 * <ul>
 *   <li>{@code snapshotUnchanged}: {@code snapshot()} with no write since the last one (the
 *       reference registry returns its cached snapshot);
 *   <li>{@code snapshotAfterWrite}: a rolling replacement of one node's plugin (two writes), then
 *       {@code snapshot()}, which must copy;
 *   <li>{@code writeOnly}: the same replacement without the snapshot, to subtract;
 *   <li>{@code copyOfConcurrentHashMap}: {@code Map.copyOf} of a {@code ConcurrentHashMap}, the cost
 *       of the naive copy (which would not be exact under concurrent writes).
 * </ul>
 *
 * Run just this with {@code java -jar benchmarks.jar SnapshotBenchmark}. Threads: 1.
 */
@Clauses(Clause.C7)
public class SnapshotBenchmark extends NodePopulationBenchmark {

    /** Creates the benchmark; JMH calls this. */
    public SnapshotBenchmark() {
    }

    /**
     * {@code snapshot()} of an unchanged registry.
     *
     * @return the snapshot
     */
    @Benchmark
    public Map<String, NodePlugin> snapshotUnchanged() {
        return population.registry().snapshot();
    }

    /**
     * Replaces one node's plugin, then takes a snapshot.
     *
     * @param cursor the thread's cursor over the nodes
     * @return the snapshot
     */
    @Benchmark
    public Map<String, NodePlugin> snapshotAfterWrite(KeyCursor cursor) {
        population.replace(cursor.nextIndex(nodes));
        return population.registry().snapshot();
    }

    /**
     * Replaces one node's plugin.
     *
     * @param cursor the thread's cursor over the nodes
     * @return the new registration
     */
    @Benchmark
    public Object writeOnly(KeyCursor cursor) {
        return population.replace(cursor.nextIndex(nodes));
    }

    /**
     * {@code Map.copyOf} of a {@code ConcurrentHashMap} of the same size.
     *
     * @return the copy
     */
    @Benchmark
    public Map<String, NodePlugin> copyOfConcurrentHashMap() {
        return Map.copyOf(population.concurrentMap());
    }
}
