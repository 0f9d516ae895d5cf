package io.nodeplugins.bench.contention;

import io.nodeplugins.bench.KeyCursor;
import io.nodeplugins.bench.NodeKeys;
import io.nodeplugins.bench.NodePlugin;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import java.util.Collections;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The registry against the tables a driver author would otherwise build, under contention: is it
 * as fast as the map I would have used? Two {@code @Group} mixes of four threads each:
 *
 * <ul>
 *   <li>{@code readWrite}: 3 reader threads ({@code read}) and 1 writer thread ({@code write})
 *       that replaces one plugin every {@link #writeIntervalNanos} (5 µs: 200,000 writes a second,
 *       far more than a registry ever sees, since plugins start and stop rarely). The pace is the
 *       same for every table, so that the readers of each feel as many writes: unpaced, the writer
 *       of a fast table writes ten times as often as the registry's, and its readers pay for it. A
 *       table whose writes take longer than the interval (the copy-on-write map, about 20 µs per
 *       write of 1,024 nodes) falls behind; its {@code write} score says so. On 2 cores the writer,
 *       one of four threads, waits for a core too: the registry and {@code ConcurrentHashMap} both
 *       reached about one write per 10 µs there;
 *   <li>{@code readOnly}: 4 reader threads.
 * </ul>
 *
 * Tables ({@code @Param table}): {@code reference} (the registry, guarded reads), a
 * {@code ConcurrentHashMap}, a synchronized {@code HashMap}, a {@code ReentrantReadWriteLock}-guarded
 * {@code HashMap} and a copy-on-write immutable map, all with 1,024 nodes. Scores are operations
 * per microsecond summed over the group's threads of each method; compare reads with reads. On a
 * machine with fewer than four free cores the threads time-share, and a thread descheduled while it
 * holds a lock stalls the others: the locking tables suffer more there than on four cores.
 *
 * <p>Run just this with {@code java -jar benchmarks.jar ContentionBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Group)
@Clauses({Clause.C1, Clause.C4})
public class ContentionBenchmark {

    /** The table implementation. */
    @Param({"reference", "concurrentHashMap", "synchronizedHashMap", "readWriteLock", "copyOnWrite"})
    public String table;

    /** How many nodes the table holds. */
    @Param({"1024"})
    public int nodes;

    /** Nanoseconds from one write of the {@code readWrite} mix to the next; 0 writes back to back. */
    @Param({"5000"})
    public long writeIntervalNanos;

    private PluginTable plugins;
    private String[] keys;
    private String[] names;
    private NodePlugin[] originals;
    private NodePlugin[] replacements;
    private boolean[] replaced; // written by the one writer thread only
    private long nextWrite; // the writer's next slot (System.nanoTime), writer thread only

    /** Creates the benchmark; JMH calls this. */
    public ContentionBenchmark() {
    }

    /** Fills the table and the key array. */
    @Setup
    public void fill() {
        names = NodeKeys.registered(nodes);
        originals = NodeKeys.plugins(nodes);
        replacements = NodeKeys.plugins(nodes);
        replaced = new boolean[nodes];
        keys = NodeKeys.sample(names);
        plugins = create(table).apply(names, originals);
    }

    /** Releases the table. */
    @TearDown
    public void close() {
        plugins.close();
    }

    /**
     * Returns the constructor of the named table.
     *
     * @param name a value of {@link #table}
     * @return its constructor
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    static BiFunction<String[], NodePlugin[], PluginTable> create(String name) {
        switch (name) {
            case "reference":
                return ReferenceRegistryTable::new;
            case "concurrentHashMap":
                return (nodes, plugins) -> new ThreadSafeMapTable(new ConcurrentHashMap<>(), nodes, plugins);
            case "synchronizedHashMap":
                return (nodes, plugins) -> new ThreadSafeMapTable(Collections.synchronizedMap(new HashMap<>()), nodes,
                        plugins);
            case "readWriteLock":
                return ReadWriteLockTable::new;
            case "copyOnWrite":
                return CopyOnWriteTable::new;
            default:
                throw new IllegalArgumentException("unknown table '" + name + "'; known: reference, concurrentHashMap, "
                        + "synchronizedHashMap, readWriteLock, copyOnWrite");
        }
    }

    /**
     * A reader of the 3:1 mix.
     *
     * @param cursor the thread's key cursor
     * @return the plugin call's result
     */
    @Benchmark
    @Group("readWrite")
    @GroupThreads(3)
    public int read(KeyCursor cursor) {
        return plugins.callPlugin(cursor.next(keys));
    }

    /**
     * The writer of the 3:1 mix: waits for its next slot, then replaces one node's plugin by the
     * other of its two plugins (so every write changes the table).
     *
     * @param cursor the thread's cursor over the nodes
     */
    @Benchmark
    @Group("readWrite")
    @GroupThreads(1)
    public void write(KeyCursor cursor) {
        awaitNextSlot();
        int i = cursor.nextIndex(nodes);
        replaced[i] = !replaced[i];
        plugins.replace(names[i], replaced[i] ? replacements[i] : originals[i]);
    }

    /** Spins until the next write slot; a writer that fell behind starts a new schedule, no burst. */
    private void awaitNextSlot() {
        long now = System.nanoTime();
        if (now - nextWrite < 0) {
            while (System.nanoTime() - nextWrite < 0) {
                Thread.onSpinWait();
            }
            nextWrite += writeIntervalNanos;
        } else {
            nextWrite = now + writeIntervalNanos;
        }
    }

    /**
     * A reader of the readers-only mix.
     *
     * @param cursor the thread's key cursor
     * @return the plugin call's result
     */
    @Benchmark
    @Group("readOnly")
    @GroupThreads(4)
    public int readOnly(KeyCursor cursor) {
        return plugins.callPlugin(cursor.next(keys));
    }
}
