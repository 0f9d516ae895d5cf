package io.nodeplugins.bench.report;

import java.util.Locale;

/**
 * One performance target of issue 6 and how the run met it. Targets are shown, never asserted:
 * benchmarks on a shared machine are too noisy to fail a build on. Immutable.
 *
 * @param name     what is compared
 * @param measured the measured value, formatted
 * @param goal     the goal, formatted
 * @param verdict  {@code PASS} or {@code MISS by N%}, possibly qualified "within error" (the goal lies
 *                 inside the ratio's error interval) or "unreliable" (the interval reaches zero), or
 *                 {@code not measured}
 */
record Target(String name, String measured, String goal, String verdict) {

    /** The verdict of a target whose benchmarks were not run. */
    static final String NOT_MEASURED = "not measured";

    /**
     * A target that the run did not measure.
     *
     * @param name what is compared
     * @param goal the goal, formatted
     * @param why  what to run to measure it
     * @return the target
     */
    static Target notMeasured(String name, String goal, String why) {
        return new Target(name, why, goal, NOT_MEASURED);
    }

    /**
     * A ratio that must be at most {@code goal}.
     *
     * @param name  what is compared
     * @param ratio the measured ratio
     * @param goal  the largest acceptable ratio
     * @return the target
     */
    static Target atMost(String name, Ratio ratio, double goal) {
        boolean pass = ratio.value() <= goal;
        double by = ratio.value() / goal - 1;
        return new Target(name, ratio.format(), "<= " + Ratio.times(goal), verdict(pass, by, ratio, goal));
    }

    /**
     * A ratio that must be at least {@code goal}.
     *
     * @param name  what is compared
     * @param ratio the measured ratio
     * @param goal  the smallest acceptable ratio
     * @return the target
     */
    static Target atLeast(String name, Ratio ratio, double goal) {
        boolean pass = ratio.value() >= goal;
        double by = 1 - ratio.value() / goal;
        return new Target(name, ratio.format(), ">= " + Ratio.times(goal), verdict(pass, by, ratio, goal));
    }

    /**
     * An allocation that must be zero; below 1 B/op counts as zero (the fraction is the profiler's
     * own bookkeeping spread over millions of calls; a real allocation is at least 16 B).
     *
     * @param name        what is measured
     * @param bytesPerOp  the largest {@code gc.alloc.rate.norm} seen
     * @return the target
     */
    static Target noAllocation(String name, double bytesPerOp) {
        boolean pass = isNoAllocation(bytesPerOp);
        String measured = String.format(Locale.ROOT, "%.3g B/op", bytesPerOp);
        return new Target(name, measured, "0 B/op (< 1 B/op)",
                pass ? "PASS" : String.format(Locale.ROOT, "MISS by %.0f B/op", bytesPerOp));
    }

    /**
     * Tells whether a measured {@code gc.alloc.rate.norm} counts as no allocation (below 1 B/op).
     *
     * @param bytesPerOp the bytes per operation
     * @return true below 1 B/op
     */
    static boolean isNoAllocation(double bytesPerOp) {
        return bytesPerOp < 1;
    }

    private static String verdict(boolean pass, double by, Ratio ratio, double goal) {
        String verdict = pass ? "PASS" : String.format(Locale.ROOT, "MISS by %.1f%%", by * 100);
        if (ratio.error() >= ratio.value()) {
            return verdict + " (unreliable: error >= ratio)"; // the interval reaches zero: the run was noise
        }
        return ratio.straddles(goal) ? verdict + " (within error)" : verdict;
    }

    /**
     * Tells whether the target was measured and met.
     *
     * @return true for a pass
     */
    boolean passed() {
        return verdict.startsWith("PASS");
    }
}
