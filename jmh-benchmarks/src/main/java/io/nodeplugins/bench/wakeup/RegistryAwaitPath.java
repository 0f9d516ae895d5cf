package io.nodeplugins.bench.wakeup;

import io.nodeplugins.bench.NodePlugin;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;
import java.time.Duration;

/**
 * The registry's own wake-up (C6): the waiter calls {@code await(node, timeout)}, the measuring
 * thread calls {@code register(node, plugin)}, which releases the waiter. Thread-safe as the
 * registry is; {@code handle} is confined to the measuring thread.
 */
final class RegistryAwaitPath implements WakeUpPath {

    private static final String NODE = "worker-awaited";
    private static final Duration TIMEOUT = Duration.ofSeconds(30); // far beyond any round

    final PluginRegistry<String, NodePlugin> registry = NodeRegistryFactory.fromSystemProperty().create();
    private final NodePlugin plugin = new NodePlugin(1);
    private Registration<String, NodePlugin> handle;

    @Override
    public void awaitPlugin() throws InterruptedException {
        registry.await(NODE, TIMEOUT);
    }

    @Override
    public boolean isBlocked(Thread waiter) {
        return registry.pendingWaiters() == 1 && ThreadStates.isParked(waiter);
    }

    @Override
    public void publishPlugin() {
        handle = registry.register(NODE, plugin);
    }

    @Override
    public void reset() {
        handle.close();
    }

    @Override
    public long arrivalWindowNanos() {
        return PARKED_WINDOW_NANOS;
    }

    @Override
    public void close() {
        registry.close();
    }
}
