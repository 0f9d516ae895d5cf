package io.nodeplugins.bench.report;

import static io.nodeplugins.bench.report.BenchmarkCatalog.AWAIT;
import static io.nodeplugins.bench.report.BenchmarkCatalog.GUARDED;
import static io.nodeplugins.bench.report.BenchmarkCatalog.GUARDED_BASELINE;
import static io.nodeplugins.bench.report.BenchmarkCatalog.GUARDED_VARIANTS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.MISS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.MISS_BASELINE;
import static io.nodeplugins.bench.report.BenchmarkCatalog.MISS_VARIANTS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.NODES_PARAM;
import static io.nodeplugins.bench.report.BenchmarkCatalog.PATHS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.PATH_PARAM;
import static io.nodeplugins.bench.report.BenchmarkCatalog.PATH_PARK;
import static io.nodeplugins.bench.report.BenchmarkCatalog.READER;
import static io.nodeplugins.bench.report.BenchmarkCatalog.READ_ONLY;
import static io.nodeplugins.bench.report.BenchmarkCatalog.READ_WRITE;
import static io.nodeplugins.bench.report.BenchmarkCatalog.SNAPSHOT;
import static io.nodeplugins.bench.report.BenchmarkCatalog.SNAPSHOT_VARIANTS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.TABLES;
import static io.nodeplugins.bench.report.BenchmarkCatalog.TABLE_BASELINE;
import static io.nodeplugins.bench.report.BenchmarkCatalog.TABLE_PARAM;
import static io.nodeplugins.bench.report.BenchmarkCatalog.WRITER;
import static io.nodeplugins.bench.report.BenchmarkCatalog.WRITE_INTERVAL_PARAM;

import io.nodeplugins.bench.report.BenchmarkCatalog.Variant;
import java.util.ArrayList;
import java.util.List;
import io.nodeplugins.bench.NodeKeys;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders a run's results as Markdown: the targets with their verdicts, then one table per subset
 * with the guarded/direct ratios. Sections whose benchmarks were not run are left out. Stateless
 * and thread-safe.
 */
final class MarkdownReport {

    private static final double[] SHOWN_PERCENTILES = {50.0, 90.0, 99.0, 99.9, 100.0};

    private MarkdownReport() {
    }

    /**
     * Renders the report.
     *
     * @param results the run's results
     * @param targets the targets evaluated on them ({@link Targets#evaluate})
     * @param chart   the chart's file name, linked from the report, or null for none
     * @return the Markdown text
     */
    static String render(JmhResults results, List<Target> targets, String chart) {
        StringBuilder md = new StringBuilder();
        md.append("# nodeplugins benchmark report\n\n");
        for (String line : results.settings()) {
            md.append("- Settings: ").append(line).append('\n');
        }
        md.append("- Keys: a pre-filled array of ").append(String.format(Locale.ROOT, "%,d", NodeKeys.KEY_COUNT))
                .append(" node names drawn uniformly (fixed seed) from the registered "
                + "ones, read through a per-thread cursor; each read returns the plugin call's result.\n");
        if (chart != null) {
            md.append("- Chart: ").append(chart).append('\n');
        }
        md.append('\n');
        targets(targets, md);
        perSizeTable(results, "Guarded vs direct, hit path (ns/op, lower is better; ratio to ConcurrentHashMap.get + call)",
                GUARDED, GUARDED_VARIANTS, GUARDED_BASELINE, true, md);
        perSizeTable(results, "Miss path (ns/op; ratio to ConcurrentHashMap.get of an absent key)",
                MISS, MISS_VARIANTS, MISS_BASELINE, true, md);
        contention(results, md);
        await(results, md);
        perSizeTable(results, "Snapshot cost against registry size (ns/op)", SNAPSHOT, SNAPSHOT_VARIANTS, null, false, md);
        return md.toString();
    }

    private static void targets(List<Target> targets, StringBuilder md) {
        md.append("## Targets (shown, not asserted)\n\n");
        md.append("| target | measured | goal | verdict |\n|---|---|---|---|\n");
        for (Target t : targets) {
            md.append("| ").append(t.name()).append(" | ").append(t.measured()).append(" | ").append(t.goal())
                    .append(" | ").append(t.passed() ? t.verdict() : "**" + t.verdict() + "**").append(" |\n");
        }
        md.append("\nRatios carry the error propagated from JMH's 99.9% confidence intervals; \"within error\" means "
                + "the goal lies inside it, \"unreliable\" that it reaches zero: either way the verdict is noise.\n\n");
    }

    /** One row per variant, one column per node count; cells "score ± error (ratio)". */
    private static void perSizeTable(JmhResults results, String heading, String benchmark, List<Variant> variants,
                                     String baseline, boolean allocation, StringBuilder md) {
        List<String> sizes = sizes(results, benchmark, variants);
        if (sizes.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n");
        md.append("| variant |");
        for (String nodes : sizes) {
            md.append(' ').append(count(nodes)).append(" nodes |");
        }
        md.append(allocation ? " B/op (worst) |\n|---|" : "\n|---|").append("---|".repeat(sizes.size()))
                .append(allocation ? "---|\n" : "\n");
        for (Variant v : variants) {
            if (results.of(benchmark + "." + v.id()).isEmpty()) {
                continue;
            }
            md.append("| ").append(v.label()).append(" |");
            for (String nodes : sizes) {
                Optional<JmhResult> r = results.find(benchmark + "." + v.id(), NODES_PARAM, nodes);
                Optional<JmhResult> base = baseline == null ? Optional.empty()
                        : results.find(benchmark + "." + baseline, NODES_PARAM, nodes);
                md.append(' ').append(r.map(x -> cell(x.primary(), base.map(JmhResult::primary))).orElse("-"))
                        .append(" |");
            }
            if (allocation) {
                OptionalDouble worst = results.maxSecondary(benchmark + "." + v.id(), JmhResult.ALLOCATION);
                md.append(' ').append(worst.isPresent() ? bytes(worst.getAsDouble()) : "-").append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String cell(JmhResult.Metric metric, Optional<JmhResult.Metric> baseline) {
        String score = number(metric.score()) + (Double.isNaN(metric.error()) ? "" : " ± " + number(metric.error()));
        return baseline.map(b -> score + " (" + Ratio.times(metric.score() / b.score()) + ")").orElse(score);
    }

    private static void contention(JmhResults results, StringBuilder md) {
        if (results.of(READ_WRITE).isEmpty() && results.of(READ_ONLY).isEmpty()) {
            return;
        }
        String nodes = firstValue(results, READ_WRITE, READ_ONLY);
        md.append("## Contention, ").append(count(nodes)).append(" nodes (ops/µs summed over the method's threads, "
                + "higher is better; ratio to ConcurrentHashMap)\n\n");
        for (String interval : results.values(READ_WRITE, WRITE_INTERVAL_PARAM)) {
            md.append("The writer aims at one replacement every ").append(count(interval)).append(" ns, whatever the"
                    + " table (`-p writeIntervalNanos=0`: back to back). A writes score below that pace means the writer"
                    + " fell behind: a slow table, or, with fewer than 4 cores, a writer waiting for a core. Compare"
                    + " reads only between tables whose writes scores agree.\n\n");
        }
        md.append("| table | 3 readers : 1 writer, reads | 3:1, writes | 4 readers only |\n|---|---|---|---|\n");
        Optional<JmhResult.Metric> baseRead = secondary(results, READ_WRITE, TABLE_BASELINE, READER);
        Optional<JmhResult.Metric> baseOnly = results.find(READ_ONLY, TABLE_PARAM, TABLE_BASELINE)
                .map(JmhResult::primary);
        for (Variant table : TABLES) {
            Optional<JmhResult.Metric> read = secondary(results, READ_WRITE, table.id(), READER);
            Optional<JmhResult.Metric> write = secondary(results, READ_WRITE, table.id(), WRITER);
            Optional<JmhResult.Metric> only = results.find(READ_ONLY, TABLE_PARAM, table.id()).map(JmhResult::primary);
            if (read.isEmpty() && only.isEmpty()) {
                continue;
            }
            md.append("| ").append(table.label()).append(" | ")
                    .append(read.map(m -> cell(m, baseRead)).orElse("-")).append(" | ")
                    .append(write.map(m -> cell(m, Optional.empty())).orElse("-")).append(" | ")
                    .append(only.map(m -> cell(m, baseOnly)).orElse("-")).append(" |\n");
        }
        md.append('\n');
    }

    private static Optional<JmhResult.Metric> secondary(JmhResults results, String group, String table, String name) {
        return results.find(group, TABLE_PARAM, table).map(r -> r.secondary().get(name));
    }

    private static void await(JmhResults results, StringBuilder md) {
        if (results.of(AWAIT).isEmpty()) {
            return;
        }
        md.append("## Await wake-up latency (µs from publishing the plugin to the waiter's return; "
                + "ratio of medians to bare park/unpark)\n\n");
        md.append("| path | p50 | p90 | p99 | p99.9 | max | samples | p50 ratio |\n|---|---|---|---|---|---|---|---|\n");
        Optional<Double> park = Targets.median(results, PATH_PARK);
        for (Variant path : PATHS) {
            Optional<JmhResult> r = results.find(AWAIT, PATH_PARAM, path.id());
            if (r.isEmpty()) {
                continue;
            }
            md.append("| ").append(path.label()).append(" |");
            for (double p : SHOWN_PERCENTILES) {
                Double value = r.get().percentiles().get(p);
                md.append(' ').append(value == null ? "-" : number(value)).append(" |");
            }
            Double median = Targets.median(results, path.id()).orElse(null);
            md.append(' ').append(r.get().samples()).append(" | ")
                    .append(park.isPresent() && median != null ? Ratio.times(median / park.get()) : "-").append(" |\n");
        }
        md.append('\n');
    }

    private static List<String> sizes(JmhResults results, String benchmark, List<Variant> variants) {
        List<String> sizes = new ArrayList<>();
        for (Variant v : variants) {
            for (String nodes : results.values(benchmark + "." + v.id(), NODES_PARAM)) {
                if (!sizes.contains(nodes)) {
                    sizes.add(nodes);
                }
            }
        }
        sizes.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        return sizes;
    }

    private static String firstValue(JmhResults results, String... benchmarks) {
        for (String b : benchmarks) {
            List<String> values = results.values(b, NODES_PARAM);
            if (!values.isEmpty()) {
                return values.get(0);
            }
        }
        return "?";
    }

    /**
     * Formats a node count with thousands separators: {@code 65536} becomes {@code 65,536}.
     *
     * @param nodes the count as text
     * @return the formatted count, or the text itself if it is not a number
     */
    static String count(String nodes) {
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(nodes));
        } catch (NumberFormatException e) {
            return nodes;
        }
    }

    /**
     * Formats a score with about three significant digits.
     *
     * @param value the score
     * @return the text
     */
    static String number(double value) {
        double abs = Math.abs(value);
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String bytes(double bytesPerOp) {
        return Target.isNoAllocation(bytesPerOp) ? String.format(Locale.ROOT, "%.1g (0)", bytesPerOp) : number(bytesPerOp);
    }
}
