package io.nodeplugins.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The entries of a JMH JSON result file ({@code -rf json}), with look-ups by benchmark name and
 * parameters. Immutable and thread-safe.
 */
public final class JmhResults {

    private final List<JmhResult> results;

    private JmhResults(List<JmhResult> results) {
        this.results = List.copyOf(results);
    }

    /**
     * Reads a JMH JSON result file.
     *
     * @param file the file
     * @return its entries
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException if it is not a JMH JSON result, saying where
     */
    public static JmhResults read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    /**
     * Parses JMH JSON.
     *
     * @param json   the JSON text
     * @param source where it came from, for error messages
     * @return its entries
     * @throws IllegalArgumentException if it is not a JMH JSON result, saying where
     */
    public static JmhResults parse(Reader json, String source) {
        JsonElement root;
        try {
            root = JsonParser.parseReader(json);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonArray()) {
            throw new IllegalArgumentException(source + " is not a JMH JSON result: expected an array of benchmark "
                    + "entries (run JMH with -rf json)");
        }
        List<JmhResult> results = new ArrayList<>();
        JsonArray entries = root.getAsJsonArray();
        for (int i = 0; i < entries.size(); i++) {
            try {
                results.add(entry(entries.get(i).getAsJsonObject()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ": entry " + i + " is not a JMH benchmark result: " + e, e);
            }
        }
        return new JmhResults(results);
    }

    private static JmhResult entry(JsonObject e) {
        Map<String, String> params = new HashMap<>();
        if (e.has("params")) {
            for (Map.Entry<String, JsonElement> p : e.getAsJsonObject("params").entrySet()) {
                params.put(p.getKey(), p.getValue().getAsString());
            }
        }
        JsonObject primary = e.getAsJsonObject("primaryMetric");
        Map<Double, Double> percentiles = new HashMap<>();
        if (primary.has("scorePercentiles")) {
            for (Map.Entry<String, JsonElement> p : primary.getAsJsonObject("scorePercentiles").entrySet()) {
                percentiles.put(Double.parseDouble(p.getKey()), number(p.getValue()));
            }
        }
        Map<String, JmhResult.Metric> secondary = new HashMap<>();
        if (e.has("secondaryMetrics")) {
            for (Map.Entry<String, JsonElement> s : e.getAsJsonObject("secondaryMetrics").entrySet()) {
                secondary.put(s.getKey(), metric(s.getValue().getAsJsonObject()));
            }
        }
        List<String> jvmArgs = new ArrayList<>();
        if (e.has("jvmArgs")) {
            e.getAsJsonArray("jvmArgs").forEach(a -> jvmArgs.add(a.getAsString()));
        }
        JmhResult.RunSettings settings = new JmhResult.RunSettings(text(e, "jmhVersion"), text(e, "jdkVersion"),
                text(e, "vmName"), integer(e, "forks"), integer(e, "threads"), integer(e, "warmupIterations"),
                text(e, "warmupTime"), integer(e, "measurementIterations"), text(e, "measurementTime"), jvmArgs);
        return new JmhResult(e.get("benchmark").getAsString(), e.get("mode").getAsString(), params, metric(primary),
                percentiles, samples(primary), secondary, settings);
    }

    private static JmhResult.Metric metric(JsonObject m) {
        return new JmhResult.Metric(number(m.get("score")), m.has("scoreError") ? number(m.get("scoreError")) : Double.NaN,
                m.get("scoreUnit").getAsString());
    }

    /** Sums the sample counts of sample mode's histogram: [fork][iteration][[value, count], ...]. */
    private static long samples(JsonObject primary) {
        if (!primary.has("rawDataHistogram")) {
            return 0;
        }
        long count = 0;
        for (JsonElement fork : primary.getAsJsonArray("rawDataHistogram")) {
            for (JsonElement iteration : fork.getAsJsonArray()) {
                for (JsonElement bucket : iteration.getAsJsonArray()) {
                    count += bucket.getAsJsonArray().get(1).getAsLong();
                }
            }
        }
        return count;
    }

    /** JMH writes NaN and infinities as strings. */
    private static double number(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return Double.NaN;
        }
        return value.getAsJsonPrimitive().isString() ? Double.parseDouble(value.getAsString()) : value.getAsDouble();
    }

    private static String text(JsonObject e, String name) {
        return e.has(name) ? e.get(name).getAsString() : "?";
    }

    private static int integer(JsonObject e, String name) {
        return e.has(name) ? e.get(name).getAsInt() : 0;
    }

    /**
     * Returns every entry, in file order.
     *
     * @return the entries
     */
    public List<JmhResult> all() {
        return results;
    }

    /**
     * Returns the entries of one benchmark, in file order.
     *
     * @param benchmark the full name
     * @return its entries (one per parameter combination)
     */
    public List<JmhResult> of(String benchmark) {
        return results.stream().filter(r -> r.benchmark().equals(benchmark)).toList();
    }

    /**
     * Returns the largest value of a secondary metric over a benchmark's entries.
     *
     * @param benchmark the full name
     * @param metric    the secondary metric, such as {@link JmhResult#ALLOCATION}
     * @return the maximum, or empty if no entry has that metric
     */
    public OptionalDouble maxSecondary(String benchmark, String metric) {
        return of(benchmark).stream().map(r -> r.secondary().get(metric)).filter(Objects::nonNull)
                .mapToDouble(JmhResult.Metric::score).max();
    }

    /**
     * Returns the entry of a benchmark whose parameters include the given ones.
     *
     * @param benchmark the full name
     * @param params    parameter name and value pairs: {@code "nodes", "1024"}
     * @return the first such entry
     */
    public Optional<JmhResult> find(String benchmark, String... params) {
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name/value pairs");
        }
        return results.stream().filter(r -> r.benchmark().equals(benchmark)).filter(r -> {
            for (int i = 0; i < params.length; i += 2) {
                if (!params[i + 1].equals(r.param(params[i]))) {
                    return false;
                }
            }
            return true;
        }).findFirst();
    }

    /**
     * Returns the distinct values of a parameter over a benchmark's entries, in file order.
     *
     * @param benchmark the full name
     * @param param     the parameter
     * @return its values
     */
    public List<String> values(String benchmark, String param) {
        Set<String> values = new LinkedHashSet<>();
        for (JmhResult r : of(benchmark)) {
            if (r.param(param) != null) {
                values.add(r.param(param));
            }
        }
        return List.copyOf(values);
    }

    /**
     * Returns the distinct run settings, in file order (one line each in the report).
     *
     * @return the settings
     */
    public List<String> settings() {
        Set<String> lines = new LinkedHashSet<>();
        for (JmhResult r : results) {
            lines.add(r.settings().describe());
        }
        return List.copyOf(lines);
    }

    /**
     * Returns whether there are no entries.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return results.isEmpty();
    }
}
