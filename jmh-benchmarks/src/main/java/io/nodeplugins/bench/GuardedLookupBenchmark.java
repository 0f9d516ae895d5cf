package io.nodeplugins.bench;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.NoSuchElementException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Guarded versus direct access on the hit path: what does the guard cost? Every variant reads a
 * plugin for a registered node and returns the result of its call, for 16, 1,024 and 65,536 nodes,
 * with the keys taken from one pre-filled array by a per-thread {@link KeyCursor}.
 *
 * <ul>
 *   <li>{@code directHashMap}: {@code map.get(k).call()}, the Go map analogue (not thread-safe,
 *       and a nil plugin would panic);
 *   <li>{@code directConcurrentHashMap}: the same on a {@code ConcurrentHashMap}, the baseline of
 *       the 1.05x target;
 *   <li>{@code explicitNullCheck}: the hand-written guard a careful author adds to the map;
 *   <li>{@code guardedLookupOrElseThrow}, {@code guardedLookupIfPresent}, {@code guardedRequire}:
 *       the registry's guarded reads.
 * </ul>
 *
 * Run just this with {@code java -jar benchmarks.jar GuardedLookupBenchmark -prof gc}; the
 * {@code gc.alloc.rate.norm} column shows whether the {@code Optional} was scalar-replaced
 * (0 B/op). Threads: 1 (each variant's single-thread cost; contention is {@code ContentionBenchmark}).
 */
@Clauses({Clause.C4, Clause.C5})
public class GuardedLookupBenchmark extends NodePopulationBenchmark {

    /** Creates the benchmark; JMH calls this. */
    public GuardedLookupBenchmark() {
    }

    /**
     * Direct {@code HashMap.get(k).call()}.
     *
     * @param cursor the thread's key cursor
     * @return the plugin call's result
     */
    @Benchmark
    public int directHashMap(KeyCursor cursor) {
        return population.hashMap().get(cursor.next(keys)).call();
    }

    /**
     * Direct {@code ConcurrentHashMap.get(k).call()}: the baseline.
     *
     * @param cursor the thread's key cursor
     * @return the plugin call's result
     */
    @Benchmark
    public int directConcurrentHashMap(KeyCursor cursor) {
        return population.concurrentMap().get(cursor.next(keys)).call();
    }

    /**
     * {@code ConcurrentHashMap.get(k)} with an explicit null check before the call.
     *
     * @param cursor the thread's key cursor
     * @return the plugin call's result
     */
    @Benchmark
    public int explicitNullCheck(KeyCursor cursor) {
        String key = cursor.next(keys);
        NodePlugin plugin = population.concurrentMap().get(key);
        if (plugin == null) {
            throw new NoSuchElementException("no plugin for node '" + key + "'");
        }
        return plugin.call();
    }

    /**
     * {@code registry.lookup(k).orElseThrow().call()}.
     *
     * @param cursor the thread's key cursor
     * @return the plugin call's result
     */
    @Benchmark
    public int guardedLookupOrElseThrow(KeyCursor cursor) {
        return population.registry().lookup(cursor.next(keys)).orElseThrow().call();
    }

    /**
     * {@code registry.lookup(k).ifPresent(p -> ...)}, with a lambda that captures the black hole.
     *
     * @param cursor the thread's key cursor
     * @param hole   consumes the plugin call's result
     */
    @Benchmark
    public void guardedLookupIfPresent(KeyCursor cursor, Blackhole hole) {
        population.registry().lookup(cursor.next(keys)).ifPresent(plugin -> hole.consume(plugin.call()));
    }

    /**
     * {@code registry.require(k).call()}.
     *
     * @param cursor the thread's key cursor
     * @return the plugin call's result
     */
    @Benchmark
    public int guardedRequire(KeyCursor cursor) {
        return population.registry().require(cursor.next(keys)).call();
    }
}
