package io.nodeplugins.bench.report;

import static io.nodeplugins.bench.report.BenchmarkCatalog.AWAIT;
import static io.nodeplugins.bench.report.BenchmarkCatalog.GUARDED;
import static io.nodeplugins.bench.report.BenchmarkCatalog.GUARDED_BASELINE;
import static io.nodeplugins.bench.report.BenchmarkCatalog.GUARDED_VARIANTS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.MISS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.MISS_VARIANTS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.NODES_PARAM;
import static io.nodeplugins.bench.report.BenchmarkCatalog.PATHS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.PATH_PARAM;
import static io.nodeplugins.bench.report.BenchmarkCatalog.READER;
import static io.nodeplugins.bench.report.BenchmarkCatalog.READ_ONLY;
import static io.nodeplugins.bench.report.BenchmarkCatalog.READ_WRITE;
import static io.nodeplugins.bench.report.BenchmarkCatalog.SNAPSHOT;
import static io.nodeplugins.bench.report.BenchmarkCatalog.SNAPSHOT_VARIANTS;
import static io.nodeplugins.bench.report.BenchmarkCatalog.TABLES;
import static io.nodeplugins.bench.report.BenchmarkCatalog.TABLE_PARAM;
import static io.nodeplugins.bench.report.BenchmarkCatalog.WRITER;

import io.nodeplugins.bench.report.BenchmarkCatalog.Variant;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the report's PNG: one panel per subset that was run (guarded vs direct across the top,
 * then miss path, contention, await latency and snapshot cost), with JFreeChart, headless.
 * Stateless and thread-safe (each call draws its own image).
 */
final class ReportChart {

    private static final int PANEL_WIDTH = 800;
    private static final int PANEL_HEIGHT = 460;
    private static final int HEADER = 44;
    // Distinct and dark enough on white (JFreeChart's default yellow is not).
    private static final Color[] PALETTE = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C),
        new Color(0xFF7F0E), new Color(0x9467BD), new Color(0x7F7F7F)};

    private ReportChart() {
    }

    /**
     * Draws the chart and writes it as a PNG.
     *
     * @param results the run's results
     * @param png     the file to write
     * @return the number of panels drawn (0 if there was nothing to draw; the file is then not written)
     * @throws IOException if the file cannot be written
     */
    static int write(JmhResults results, Path png) throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        Optional<JFreeChart> guarded = guarded(results);
        guarded.ifPresent(panels::add);
        miss(results).ifPresent(panels::add);
        contention(results).ifPresent(panels::add);
        await(results).ifPresent(panels::add);
        snapshot(results).ifPresent(panels::add);
        if (panels.isEmpty()) {
            return 0;
        }
        boolean wideFirst = guarded.isPresent(); // the guarded panel, when drawn, spans both columns
        int cells = panels.size() + (wideFirst ? 1 : 0);
        int rows = (cells + 1) / 2;
        BufferedImage image = new BufferedImage(2 * PANEL_WIDTH, HEADER + rows * PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("nodeplugins: what the guards cost", 12, 22);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(String.join(" | ", results.settings()), 12, 38);
            int cell = 0;
            for (int i = 0; i < panels.size(); i++) {
                boolean wide = wideFirst && i == 0;
                int x = (cell % 2) * PANEL_WIDTH;
                int y = HEADER + (cell / 2) * PANEL_HEIGHT;
                panels.get(i).draw(g, new Rectangle2D.Double(x, y, wide ? 2 * PANEL_WIDTH : PANEL_WIDTH, PANEL_HEIGHT));
                cell += wide ? 2 : 1;
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("no PNG writer available to write " + png);
        }
        return panels.size();
    }

    /** Guarded vs direct as ratios to the baseline: a 5% guard cost is invisible on absolute bars. */
    private static Optional<JFreeChart> guarded(JmhResults results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Variant v : GUARDED_VARIANTS) {
            for (JmhResult r : results.of(GUARDED + "." + v.id())) {
                String nodes = r.param(NODES_PARAM);
                results.find(GUARDED + "." + GUARDED_BASELINE, NODES_PARAM, nodes).ifPresent(base -> data.addValue(
                        r.primary().score() / base.primary().score(), v.label(), MarkdownReport.count(nodes)));
            }
        }
        if (data.getRowCount() == 0) {
            return Optional.empty();
        }
        JFreeChart chart = bars("Guarded vs direct, hit path: time per call relative to ConcurrentHashMap.get(k).call() "
                + "(lower is better; dashed: the 1.05x target)", "registered nodes", "x ConcurrentHashMap", data, false);
        ValueMarker target = new ValueMarker(Targets.GUARDED_HIT_GOAL, Color.DARK_GRAY, new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        chart.getCategoryPlot().addRangeMarker(target);
        return Optional.of(chart);
    }

    private static Optional<JFreeChart> miss(JmhResults results) {
        DefaultCategoryDataset data = perSize(results, MISS, MISS_VARIANTS);
        if (data.getRowCount() == 0) {
            return Optional.empty();
        }
        return Optional.of(bars("Miss path (ns/op, log scale)", "registered nodes", "ns/op", data, true));
    }

    private static DefaultCategoryDataset perSize(JmhResults results, String benchmark, List<Variant> variants) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Variant v : variants) {
            for (JmhResult r : results.of(benchmark + "." + v.id())) {
                data.addValue(r.primary().score(), v.label(), MarkdownReport.count(r.param(NODES_PARAM)));
            }
        }
        return data;
    }

    private static Optional<JFreeChart> contention(JmhResults results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Variant table : TABLES) {
            results.find(READ_WRITE, TABLE_PARAM, table.id()).ifPresent(r -> {
                addIfPresent(data, r.secondary().get(READER), "3:1, reads", table.label());
                addIfPresent(data, r.secondary().get(WRITER), "3:1, writes", table.label());
            });
            results.find(READ_ONLY, TABLE_PARAM, table.id())
                    .ifPresent(r -> data.addValue(r.primary().score(), "4 readers only", table.label()));
        }
        if (data.getRowCount() == 0) {
            return Optional.empty();
        }
        return Optional.of(bars("Contention (ops/µs, higher is better)", "table", "ops/µs", data, false));
    }

    private static void addIfPresent(DefaultCategoryDataset data, JmhResult.Metric metric, String series,
                                     String category) {
        if (metric != null) {
            data.addValue(metric.score(), series, category);
        }
    }

    private static Optional<JFreeChart> await(JmhResults results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Variant path : PATHS) {
            results.find(AWAIT, PATH_PARAM, path.id()).ifPresent(r -> {
                for (double p : new double[] {50.0, 90.0, 99.0}) {
                    Double value = r.percentiles().get(p);
                    if (value != null) {
                        data.addValue(value, "p" + (int) p, path.label());
                    }
                }
            });
        }
        if (data.getRowCount() == 0) {
            return Optional.empty();
        }
        return Optional.of(bars("Await wake-up latency (µs, log scale, lower is better)", "wake-up path", "µs",
                data, true));
    }

    private static Optional<JFreeChart> snapshot(JmhResults results) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Variant v : SNAPSHOT_VARIANTS) {
            List<JmhResult> runs = results.of(SNAPSHOT + "." + v.id());
            if (runs.isEmpty()) {
                continue;
            }
            XYSeries series = new XYSeries(v.label());
            for (JmhResult r : runs) {
                series.add(Double.parseDouble(r.param(NODES_PARAM)), r.primary().score());
            }
            data.addSeries(series);
        }
        if (data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Snapshot cost against size (ns/op, log-log)",
                "registered nodes", "ns/op", data);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(logAxis("registered nodes"));
        plot.setRangeAxis(logAxis("ns/op"));
        plot.setRenderer(new XYLineAndShapeRenderer(true, true));
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return Optional.of(chart);
    }

    private static JFreeChart bars(String title, String categoryLabel, String valueLabel, DefaultCategoryDataset data,
                                   boolean log) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data);
        CategoryPlot plot = chart.getCategoryPlot();
        if (log) {
            // Bars start at the base, 0, which a log axis clamps to its smallest value: keep that
            // just below the data so the axis does not stretch over dozens of empty decades.
            LogAxis axis = logAxis(valueLabel);
            axis.setSmallestValue(Math.pow(10, Math.floor(Math.log10(lowest(data)))));
            plot.setRangeAxis(axis);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        style(chart);
        return chart;
    }

    private static double lowest(DefaultCategoryDataset data) {
        double lowest = Double.MAX_VALUE;
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                Number value = data.getValue(row, column);
                if (value != null && value.doubleValue() > 0) {
                    lowest = Math.min(lowest, value.doubleValue());
                }
            }
        }
        return lowest == Double.MAX_VALUE ? 1 : lowest;
    }

    /** A base-10 log axis with a tick at each power of ten, labelled 1, 10, 100, 1,000. */
    private static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setMinorTickCount(9);
        return axis;
    }

    private static void style(JFreeChart chart) {
        for (int i = 0; i < PALETTE.length; i++) {
            if (chart.getPlot() instanceof CategoryPlot category) {
                category.getRenderer().setSeriesPaint(i, PALETTE[i]);
            } else if (chart.getPlot() instanceof XYPlot xy) {
                xy.getRenderer().setSeriesPaint(i, PALETTE[i]);
            }
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    }
}
