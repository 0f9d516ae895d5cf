package io.nodeplugins.bench.report;

import java.util.List;
import java.util.Map;

/**
 * One entry of a JMH JSON result file: a benchmark run with one set of parameters. Immutable.
 *
 * @param benchmark   the benchmark's full name, {@code package.Class.method} (a group's name for
 *                    {@code @Group} benchmarks)
 * @param mode        JMH's short mode name: {@code thrpt}, {@code avgt}, {@code sample}, {@code ss}
 * @param params      the {@code @Param} values
 * @param primary     the primary score
 * @param percentiles the primary score's percentiles, keyed by percentile (50.0 is the median;
 *                    meaningful in sample mode)
 * @param samples     how many samples the primary score is made of (sample mode), or 0
 * @param secondary   secondary scores by name: a group's per-method scores ({@code read}), the GC
 *                    profiler's ({@code gc.alloc.rate.norm})
 * @param settings    how the run was configured
 */
public record JmhResult(String benchmark, String mode, Map<String, String> params, Metric primary,
                        Map<Double, Double> percentiles, long samples, Map<String, Metric> secondary,
                        RunSettings settings) {

    /** The GC profiler's bytes allocated per operation. */
    public static final String ALLOCATION = "gc.alloc.rate.norm";

    /**
     * Copies the maps so that the record is immutable.
     *
     * @param benchmark   the full name
     * @param mode        the mode
     * @param params      the parameters
     * @param primary     the primary score
     * @param percentiles the percentiles
     * @param samples     the sample count
     * @param secondary   the secondary scores
     * @param settings    the settings
     */
    public JmhResult {
        params = Map.copyOf(params);
        percentiles = Map.copyOf(percentiles);
        secondary = Map.copyOf(secondary);
    }

    /**
     * Returns the value of a parameter.
     *
     * @param name the parameter's name
     * @return its value, or null if the benchmark has no such parameter
     */
    public String param(String name) {
        return params.get(name);
    }

    /**
     * A score with its error and unit.
     *
     * @param score the score
     * @param error the half-width of JMH's 99.9% confidence interval; NaN when JMH could not compute
     *              one (a single iteration)
     * @param unit  the unit, e.g. {@code ns/op}
     */
    public record Metric(double score, double error, String unit) {
    }

    /**
     * How a run was configured, as the JSON records it.
     *
     * @param jmhVersion            the JMH version
     * @param jdkVersion            the JDK version
     * @param vmName                the VM name
     * @param forks                 forks per benchmark
     * @param threads               threads per benchmark
     * @param warmupIterations      warm-up iterations per fork
     * @param warmupTime            warm-up iteration time, e.g. {@code 500 ms}
     * @param measurementIterations measurement iterations per fork
     * @param measurementTime       measurement iteration time
     * @param jvmArgs               the forked JVMs' arguments
     */
    public record RunSettings(String jmhVersion, String jdkVersion, String vmName, int forks, int threads,
                              int warmupIterations, String warmupTime, int measurementIterations,
                              String measurementTime, List<String> jvmArgs) {

        /**
         * Copies the argument list.
         *
         * @param jmhVersion            the JMH version
         * @param jdkVersion            the JDK version
         * @param vmName                the VM name
         * @param forks                 forks
         * @param threads               threads
         * @param warmupIterations      warm-up iterations
         * @param warmupTime            warm-up time
         * @param measurementIterations measurement iterations
         * @param measurementTime       measurement time
         * @param jvmArgs               JVM arguments
         */
        public RunSettings {
            jvmArgs = List.copyOf(jvmArgs);
        }

        /**
         * Returns the settings in one line, without the thread count (which differs per benchmark).
         *
         * @return e.g. {@code JMH 1.37, JDK 17.0.15 (OpenJDK 64-Bit Server VM), 1 fork, warm-up 2 x 500 ms, ...}
         */
        public String describe() {
            return "JMH " + jmhVersion + ", JDK " + jdkVersion + " (" + vmName + "), " + forks
                    + (forks == 1 ? " fork" : " forks") + ", warm-up " + warmupIterations + " x " + warmupTime
                    + ", measurement " + measurementIterations + " x " + measurementTime
                    + (jvmArgs.isEmpty() ? "" : ", JVM args " + String.join(" ", jvmArgs));
        }
    }
}
