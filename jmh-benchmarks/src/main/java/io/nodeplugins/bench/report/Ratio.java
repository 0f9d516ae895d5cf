package io.nodeplugins.bench.report;

import java.util.Locale;

/**
 * The ratio of two JMH scores with its error, propagated from the scores' errors (relative errors
 * added in quadrature). Immutable.
 *
 * @param value the ratio
 * @param error its error, NaN when either score has none
 */
record Ratio(double value, double error) {

    /**
     * Divides two scores.
     *
     * @param numerator   the measured score
     * @param denominator the baseline score
     * @return the ratio
     */
    static Ratio of(JmhResult.Metric numerator, JmhResult.Metric denominator) {
        double value = numerator.score() / denominator.score();
        double relative = Math.hypot(numerator.error() / numerator.score(), denominator.error() / denominator.score());
        return new Ratio(value, value * relative);
    }

    /**
     * Divides two plain numbers (percentiles have no error).
     *
     * @param numerator   the measured value
     * @param denominator the baseline value
     * @return the ratio, without error
     */
    static Ratio of(double numerator, double denominator) {
        return new Ratio(numerator / denominator, Double.NaN);
    }

    /**
     * Tells whether the goal lies within the error interval, so that the verdict is noise.
     *
     * @param goal the goal
     * @return true if {@code value - error <= goal <= value + error}
     */
    boolean straddles(double goal) {
        return !Double.isNaN(error) && value - error <= goal && goal <= value + error;
    }

    /**
     * Formats the ratio: {@code 1.02x}, or {@code 1.02x ± 0.04} with an error.
     *
     * @return the text
     */
    String format() {
        String v = times(value);
        return Double.isNaN(error) ? v : v + " ± " + String.format(Locale.ROOT, "%.2f", error);
    }

    /**
     * Formats a factor: two decimals below 10, none above.
     *
     * @param factor the factor
     * @return e.g. {@code 1.02x} or {@code 571x}
     */
    static String times(double factor) {
        return (factor < 10 ? String.format(Locale.ROOT, "%.2f", factor) : String.format(Locale.ROOT, "%,.0f", factor))
                + "x";
    }
}
