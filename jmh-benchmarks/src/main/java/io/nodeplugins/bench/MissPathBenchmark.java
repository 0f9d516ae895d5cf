package io.nodeplugins.bench;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginNotRegisteredException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The miss path: reading a node that has no plugin. Shows that the guard itself is cheap (a
 * {@code lookup} miss is a map miss plus the node-name check the registry does only on a miss) and
 * that what costs is the failure: {@code require} builds a {@link PluginNotRegisteredException} with
 * its diagnostics (one pass over the registered keys for the 16 smallest, then the message) and a
 * stack trace.
 *
 * <ul>
 *   <li>{@code directConcurrentHashMapAbsent}: {@code map.get(k) == null}, the baseline;
 *   <li>{@code lookupAbsent}: {@code registry.lookup(k).isPresent()};
 *   <li>{@code requireAbsent}: {@code registry.require(k)}, catching the exception.
 * </ul>
 *
 * Run just this with {@code java -jar benchmarks.jar MissPathBenchmark -prof gc}. Threads: 1.
 */
@Clauses({Clause.C4, Clause.C5})
public class MissPathBenchmark extends NodePopulationBenchmark {

    // Valid node names that are never registered; independent of the population.
    private final String[] absentKeys = NodeKeys.sample(NodeKeys.absent(1024));

    /** Creates the benchmark; JMH calls this. */
    public MissPathBenchmark() {
    }

    /**
     * {@code ConcurrentHashMap.get} of an absent key.
     *
     * @param cursor the thread's key cursor
     * @return whether the key was absent (always true)
     */
    @Benchmark
    public boolean directConcurrentHashMapAbsent(KeyCursor cursor) {
        return population.concurrentMap().get(cursor.next(absentKeys)) == null;
    }

    /**
     * {@code registry.lookup(k)} of an absent key.
     *
     * @param cursor the thread's key cursor
     * @return whether a plugin was present (always false)
     */
    @Benchmark
    public boolean lookupAbsent(KeyCursor cursor) {
        return population.registry().lookup(cursor.next(absentKeys)).isPresent();
    }

    /**
     * {@code registry.require(k)} of an absent key, which throws.
     *
     * @param cursor the thread's key cursor
     * @return the exception (returned so that building it cannot be optimised away)
     */
    @Benchmark
    public Object requireAbsent(KeyCursor cursor) {
        try {
            return population.registry().require(cursor.next(absentKeys));
        } catch (PluginNotRegisteredException e) {
            return e;
        }
    }
}
