package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginNotRegisteredException;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Violates <b>C6 await</b> (returns as soon as a plugin is registered, no polling), and only that:
 * {@code await} polls, in the manner of {@code wait.PollImmediate} in Kubernetes code and of the
 * test that waited for the DRA plugin in kubernetes issue 130096: look up, and if nothing is there
 * sleep {@value #POLL_MILLIS} ms and look again until the deadline. It returns the right plugin,
 * times out honestly (one last look at the deadline), counts as a pending waiter while it polls,
 * leaves nothing behind, honours interrupts and fails promptly on close; but every caller waits up
 * to a poll interval longer than needed, and many waiters wake up for nothing a hundred times a second.
 * {@code awaitAsync} is the correct base's.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C6)
public final class PollingAwaitRegistry<P> extends SimpleLockedRegistry<P> {

    /** The poll interval. */
    static final long POLL_MILLIS = 10;

    private int polling; // guarded by lock

    @Override
    public P await(String key, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + checkTimeout(timeout);
        checkKey(key);
        synchronized (lock) {
            polling++;
        }
        try {
            while (true) {
                Optional<P> plugin = lookup(key);
                if (plugin.isPresent()) {
                    return plugin.get();
                }
                if (isClosed()) {
                    throw closedForWaiting(key);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw PluginNotRegisteredException.timedOut(key, snapshot().keySet(), timeout);
                }
                // BUG (C6): sleeps instead of being woken by the registration
                Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            }
        } finally {
            synchronized (lock) {
                polling--;
            }
        }
    }

    @Override
    public int pendingWaiters() {
        synchronized (lock) {
            return super.pendingWaiters() + polling;
        }
    }

    /** Makes {@link PollingAwaitRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(PollingAwaitRegistry::new);
        }
    }
}
