package io.nodeplugins.bench.wakeup;

import io.nodeplugins.bench.NodePlugin;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What code without {@code await} does: poll a {@link ConcurrentHashMap} and sleep a fixed interval
 * between polls (10 ms is a common default of test frameworks' "eventually" helpers). The plugin
 * arrives at a random phase of the sleep. Thread-safe for its two threads.
 */
final class PollingPath implements WakeUpPath {

    private static final String NODE = "worker-polled";

    private final ConcurrentHashMap<String, NodePlugin> map = new ConcurrentHashMap<>();
    private final NodePlugin plugin = new NodePlugin(1);
    private final long intervalMillis;

    PollingPath(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void awaitPlugin() throws InterruptedException {
        while (map.get(NODE) == null) {
            Thread.sleep(intervalMillis);
        }
    }

    @Override
    public boolean isBlocked(Thread waiter) {
        return waiter.getState() == Thread.State.TIMED_WAITING;
    }

    @Override
    public void publishPlugin() {
        map.put(NODE, plugin);
    }

    @Override
    public void reset() {
        map.remove(NODE);
    }

    @Override
    public long arrivalWindowNanos() {
        return TimeUnit.MILLISECONDS.toNanos(intervalMillis);
    }
}
