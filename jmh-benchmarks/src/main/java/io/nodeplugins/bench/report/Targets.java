package io.nodeplugins.bench.report;

import static io.nodeplugins.bench.report.BenchmarkCatalog.AWAIT;
import static io.nodeplugins.bench.report.BenchmarkCatalog.GUARDED;
import static io.nodeplugins.bench.report.BenchmarkCatalog.GUARDED_BASELINE;
import static io.nodeplugins.bench.report.BenchmarkCatalog.GUARDED_TARGET;
import static io.nodeplugins.bench.report.BenchmarkCatalog.NODES_PARAM;
import static io.nodeplugins.bench.report.BenchmarkCatalog.PATH_AWAIT;
import static io.nodeplugins.bench.report.BenchmarkCatalog.PATH_PARAM;
import static io.nodeplugins.bench.report.BenchmarkCatalog.PATH_PARK;
import static io.nodeplugins.bench.report.BenchmarkCatalog.PATH_POLL_10MS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.READER;
import static io.nodeplugins.bench.report.BenchmarkCatalog.READ_WRITE;
import static io.nodeplugins.bench.report.BenchmarkCatalog.TABLE_BASELINE;
import static io.nodeplugins.bench.report.BenchmarkCatalog.TABLE_PARAM;
import static io.nodeplugins.bench.report.BenchmarkCatalog.TABLE_REFERENCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Evaluates the targets of issue 6 on a run's results. Stateless and thread-safe. */
final class Targets {

    static final double GUARDED_HIT_GOAL = 1.05;
    static final double CONTENTION_READ_GOAL = 0.90;
    static final double AWAIT_VS_PARK_GOAL = 1.5;
    static final double POLL_VS_AWAIT_GOAL = 100;
    static final double MEDIAN = 50.0;

    private Targets() {
    }

    /**
     * Evaluates every target; a target whose benchmarks are missing is reported as not measured.
     *
     * @param results the run's results
     * @return the targets, in the order
     */
    static List<Target> evaluate(JmhResults results) {
        List<Target> targets = new ArrayList<>();
        guardedHit(results, targets);
        targets.add(guardedAllocation(results));
        targets.add(contentionRead(results));
        awaitLatency(results, targets);
        return targets;
    }

    private static void guardedHit(JmhResults results, List<Target> targets) {
        String goalText = "<= " + Ratio.times(GUARDED_HIT_GOAL);
        List<JmhResult> runs = results.of(GUARDED + "." + GUARDED_TARGET);
        for (JmhResult guarded : runs) {
            String nodes = guarded.param(NODES_PARAM);
            String name = "guarded hit lookup(k).orElseThrow().call() / ConcurrentHashMap.get(k).call(), "
                    + MarkdownReport.count(nodes) + " nodes";
            Optional<JmhResult> direct = results.find(GUARDED + "." + GUARDED_BASELINE, NODES_PARAM, nodes);
            if (direct.isPresent()) {
                targets.add(Target.atMost(name, Ratio.of(guarded.primary(), direct.get().primary()),
                        GUARDED_HIT_GOAL));
            } else {
                targets.add(Target.notMeasured(name, goalText, "run subset 'guarded'"));
            }
        }
        if (runs.isEmpty()) {
            targets.add(Target.notMeasured("guarded hit lookup / ConcurrentHashMap.get + call", goalText,
                    "run subset 'guarded'"));
        }
    }

    private static Target guardedAllocation(JmhResults results) {
        String name = "guarded hit lookup(k).orElseThrow().call(): allocation (worst node count)";
        OptionalDouble worst = results.maxSecondary(GUARDED + "." + GUARDED_TARGET, JmhResult.ALLOCATION);
        if (worst.isEmpty()) {
            return Target.notMeasured(name, "0 B/op",
                    results.of(GUARDED + "." + GUARDED_TARGET).isEmpty() ? "run subset 'guarded'" : "run with -prof gc");
        }
        return Target.noAllocation(name, worst.getAsDouble());
    }

    private static Target contentionRead(JmhResults results) {
        String name = "reference registry read throughput under 3 readers : 1 writer / ConcurrentHashMap's";
        Optional<JmhResult.Metric> reference = results.find(READ_WRITE, TABLE_PARAM, TABLE_REFERENCE)
                .map(r -> r.secondary().get(READER));
        Optional<JmhResult.Metric> baseline = results.find(READ_WRITE, TABLE_PARAM, TABLE_BASELINE)
                .map(r -> r.secondary().get(READER));
        if (reference.isEmpty() || baseline.isEmpty()) {
            return Target.notMeasured(name, ">= " + Ratio.times(CONTENTION_READ_GOAL), "run subset 'contention'");
        }
        return Target.atLeast(name, Ratio.of(reference.get(), baseline.get()), CONTENTION_READ_GOAL);
    }

    private static void awaitLatency(JmhResults results, List<Target> targets) {
        Optional<Double> await = median(results, PATH_AWAIT);
        Optional<Double> park = median(results, PATH_PARK);
        Optional<Double> poll = median(results, PATH_POLL_10MS);
        String vsPark = "await wake-up median / bare park-unpark hand-off median";
        String vsPoll = "10 ms polling loop median / await wake-up median";
        if (await.isPresent() && park.isPresent()) {
            targets.add(Target.atMost(vsPark, Ratio.of(await.get(), park.get()), AWAIT_VS_PARK_GOAL));
        } else {
            targets.add(Target.notMeasured(vsPark, "<= " + Ratio.times(AWAIT_VS_PARK_GOAL), "run subset 'await'"));
        }
        if (await.isPresent() && poll.isPresent()) {
            targets.add(Target.atLeast(vsPoll, Ratio.of(poll.get(), await.get()), POLL_VS_AWAIT_GOAL));
        } else {
            targets.add(Target.notMeasured(vsPoll, ">= " + Ratio.times(POLL_VS_AWAIT_GOAL), "run subset 'await'"));
        }
    }

    /**
     * Returns a wake-up path's median latency.
     *
     * @param results the results
     * @param path    the path's parameter value
     * @return the median, if that path was run in sample mode
     */
    static Optional<Double> median(JmhResults results, String path) {
        return results.find(AWAIT, PATH_PARAM, path).map(r -> r.percentiles().get(MEDIAN));
    }
}
