package io.nodeplugins.bench.report;

import io.nodeplugins.bench.GuardedLookupBenchmark;
import io.nodeplugins.bench.MissPathBenchmark;
import io.nodeplugins.bench.SnapshotBenchmark;
import io.nodeplugins.bench.contention.ContentionBenchmark;
import io.nodeplugins.bench.wakeup.AwaitLatencyBenchmark;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks the report knows: their full names, the variants it compares and the labels it
 * prints. A unit test checks every name against the generated {@code META-INF/BenchmarkList}, so a
 * renamed benchmark cannot silently drop out of the report. Constants only; thread-safe.
 */
final class BenchmarkCatalog {

    /**
     * A benchmark method or parameter value and its label in the report.
     *
     * @param id    the method name or parameter value
     * @param label what the report prints
     */
    record Variant(String id, String label) {
    }

    static final String GUARDED = GuardedLookupBenchmark.class.getName();
    static final String GUARDED_BASELINE = "directConcurrentHashMap";
    static final String GUARDED_TARGET = "guardedLookupOrElseThrow";
    static final List<Variant> GUARDED_VARIANTS = List.of(
            new Variant("directHashMap", "HashMap.get(k).call()"),
            new Variant(GUARDED_BASELINE, "ConcurrentHashMap.get(k).call()"),
            new Variant("explicitNullCheck", "CHM.get(k), null check, call()"),
            new Variant(GUARDED_TARGET, "lookup(k).orElseThrow().call()"),
            new Variant("guardedLookupIfPresent", "lookup(k).ifPresent(p -> p.call())"),
            new Variant("guardedRequire", "require(k).call()"));

    static final String MISS = MissPathBenchmark.class.getName();
    static final String MISS_BASELINE = "directConcurrentHashMapAbsent";
    static final List<Variant> MISS_VARIANTS = List.of(
            new Variant(MISS_BASELINE, "ConcurrentHashMap.get(absent)"),
            new Variant("lookupAbsent", "lookup(absent) (empty Optional)"),
            new Variant("requireAbsent", "require(absent) (throws)"));

    static final String CONTENTION = ContentionBenchmark.class.getName();
    static final String READ_WRITE = CONTENTION + ".readWrite";
    static final String READ_ONLY = CONTENTION + ".readOnly";
    static final String READER = "read";
    static final String WRITER = "write";
    static final String TABLE_PARAM = "table";
    static final String WRITE_INTERVAL_PARAM = "writeIntervalNanos";
    static final String TABLE_REFERENCE = "reference";
    static final String TABLE_BASELINE = "concurrentHashMap";
    static final List<Variant> TABLES = List.of(
            new Variant(TABLE_REFERENCE, "reference registry"),
            new Variant(TABLE_BASELINE, "ConcurrentHashMap"),
            new Variant("synchronizedHashMap", "synchronized HashMap"),
            new Variant("readWriteLock", "ReadWriteLock HashMap"),
            new Variant("copyOnWrite", "copy-on-write immutable map"));

    static final String AWAIT = AwaitLatencyBenchmark.class.getName() + ".wakeUp";
    static final String PATH_PARAM = "path";
    static final String PATH_AWAIT = "registryAwait";
    static final String PATH_PARK = "parkUnpark";
    static final String PATH_POLL_10MS = "poll10ms";
    static final List<Variant> PATHS = List.of(
            new Variant(PATH_AWAIT, "registry await"),
            new Variant(PATH_PARK, "bare park/unpark"),
            new Variant("poll1ms", "polling, sleep 1 ms"),
            new Variant(PATH_POLL_10MS, "polling, sleep 10 ms"));

    static final String SNAPSHOT = SnapshotBenchmark.class.getName();
    static final List<Variant> SNAPSHOT_VARIANTS = List.of(
            new Variant("snapshotUnchanged", "snapshot(), unchanged (cached)"),
            new Variant("snapshotAfterWrite", "replace one plugin, then snapshot()"),
            new Variant("writeOnly", "replace one plugin"),
            new Variant("copyOfConcurrentHashMap", "Map.copyOf(ConcurrentHashMap)"));

    static final String NODES_PARAM = "nodes";

    private BenchmarkCatalog() {
    }

    /**
     * Returns the full name of every benchmark the report reads, as JMH lists them.
     *
     * @return the names
     */
    static List<String> benchmarkNames() {
        List<String> names = new ArrayList<>();
        GUARDED_VARIANTS.forEach(v -> names.add(GUARDED + "." + v.id()));
        MISS_VARIANTS.forEach(v -> names.add(MISS + "." + v.id()));
        names.add(READ_WRITE);
        names.add(READ_ONLY);
        names.add(AWAIT);
        SNAPSHOT_VARIANTS.forEach(v -> names.add(SNAPSHOT + "." + v.id()));
        return names;
    }
}
