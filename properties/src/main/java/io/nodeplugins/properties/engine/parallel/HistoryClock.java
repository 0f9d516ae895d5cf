package io.nodeplugins.properties.engine.parallel;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock of a parallel run's history: strictly increasing across all threads and close to
 * {@link System#nanoTime()}. Thread-safe and lock-free.
 *
 * <p>Each reading atomically updates one shared counter to {@code max(previous + 1, nanoTime)}, so
 * readings are totally ordered consistently with happens-before (plain {@code nanoTime} readings
 * may tie), while differences still measure elapsed time well enough to place the deadline of a
 * timed await: a reading is at least the {@code nanoTime} read when {@link #tick()} began and exceeds
 * the {@code nanoTime} at its end only by the number of readings taken within one nanosecond.
 */
public final class HistoryClock {

    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    /**
     * Returns the next reading.
     *
     * @return a value greater than every earlier reading of this clock
     */
    public long tick() {
        long now = System.nanoTime();
        return last.updateAndGet(previous -> Math.max(previous + 1, now));
    }
}
