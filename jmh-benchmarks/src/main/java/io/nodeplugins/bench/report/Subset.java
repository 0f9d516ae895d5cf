package io.nodeplugins.bench.report;

import io.nodeplugins.bench.GuardedLookupBenchmark;
import io.nodeplugins.bench.MissPathBenchmark;
import io.nodeplugins.bench.SnapshotBenchmark;
import io.nodeplugins.bench.contention.ContentionBenchmark;
import io.nodeplugins.bench.wakeup.AwaitLatencyBenchmark;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A group of benchmarks the report can run on its own: one benchmark class each. */
enum Subset {
    /** Guarded versus direct access, hit path. */
    GUARDED(GuardedLookupBenchmark.class),
    /** The miss path. */
    MISS(MissPathBenchmark.class),
    /** Read/write mixes against the alternative tables. */
    CONTENTION(ContentionBenchmark.class),
    /** Await wake-up latency. */
    AWAIT(AwaitLatencyBenchmark.class),
    /** Snapshot cost against size. */
    SNAPSHOT(SnapshotBenchmark.class);

    private final Class<?> benchmarkClass;

    Subset(Class<?> benchmarkClass) {
        this.benchmarkClass = benchmarkClass;
    }

    /**
     * Returns the JMH include pattern that selects exactly this subset's benchmarks.
     *
     * @return a regular expression
     */
    String includePattern() {
        return "^" + Pattern.quote(benchmarkClass.getName()) + "\\.";
    }

    /**
     * Returns the name used on the command line.
     *
     * @return e.g. {@code guarded}
     */
    String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses subset names; {@code all} or none means every subset.
     *
     * @param names names as given on the command line, possibly comma-separated
     * @return the subsets, in declaration order
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    static Set<Subset> parse(List<String> names) {
        Set<Subset> subsets = EnumSet.noneOf(Subset.class);
        boolean all = false;
        for (String arg : names) {
            for (String name : arg.split(",")) {
                String trimmed = name.trim().toLowerCase(Locale.ROOT);
                if (trimmed.equals("all")) {
                    all = true;
                } else if (!trimmed.isEmpty()) {
                    subsets.add(byName(trimmed)); // checked even after "all": a typo is still an error
                }
            }
        }
        return all || subsets.isEmpty() ? EnumSet.allOf(Subset.class) : subsets;
    }

    private static Subset byName(String name) {
        for (Subset s : values()) {
            if (s.cliName().equals(name)) {
                return s;
            }
        }
        List<String> known = new ArrayList<>();
        for (Subset s : values()) {
            known.add(s.cliName());
        }
        throw new IllegalArgumentException("unknown subset '" + name + "'; known: " + String.join(", ", known) + ", all");
    }
}
