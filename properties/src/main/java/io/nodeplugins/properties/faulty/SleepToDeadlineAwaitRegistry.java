package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginNotRegisteredException;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Violates <b>C6 await</b> (returns as soon as a plugin is registered), and only that: an
 * {@code await} that finds no plugin parks until its deadline and then looks again. Its author
 * remembered that {@code close()} must release waiters (the park is on a latch that close opens)
 * but not that a registration must: a waiter is never woken by {@code register}, so it returns the
 * plugin only when its whole timeout has passed. Results are right (a plugin registered before the
 * deadline is returned, else the timeout's diagnostics), waiters are counted and leave nothing
 * behind, interrupts and close are honoured; only the latency is wrong, by up to the whole timeout.
 * {@code awaitAsync} is the correct base's.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C6)
public final class SleepToDeadlineAwaitRegistry<P> extends SimpleLockedRegistry<P> {

    private final CountDownLatch closing = new CountDownLatch(1);
    private int parked; // guarded by lock

    @Override
    public P await(String key, Duration timeout) throws InterruptedException {
        long nanos = checkTimeout(timeout);
        checkKey(key);
        Optional<P> present = lookup(key);
        if (present.isPresent()) {
            return present.get();
        }
        synchronized (lock) {
            parked++;
        }
        try {
            closing.await(nanos, TimeUnit.NANOSECONDS); // BUG (C6): only close() or the deadline ends the park
        } finally {
            synchronized (lock) {
                parked--;
            }
        }
        Optional<P> plugin = lookup(key);
        if (plugin.isPresent()) {
            return plugin.get();
        }
        if (isClosed()) {
            throw closedForWaiting(key);
        }
        throw PluginNotRegisteredException.timedOut(key, snapshot().keySet(), timeout);
    }

    @Override
    public int pendingWaiters() {
        synchronized (lock) {
            return super.pendingWaiters() + parked;
        }
    }

    @Override
    public void close() {
        super.close();
        closing.countDown();
    }

    /** Makes {@link SleepToDeadlineAwaitRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(SleepToDeadlineAwaitRegistry::new);
        }
    }
}
