package io.nodeplugins.jcstress.c6;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.registry.PluginRegistry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The actor shapes of the C6 cancellation tests: actors start asynchronous awaits of node-a and
 * cancel them at once, racing a registration of node-a or each other; the arbiter says how the
 * futures ended and how many waiters the registry still counts. The variants differ only in the
 * registry.
 */
abstract class CancelledAwaits {

    static final String NODE = "node-a";

    /** Long enough never to fire before the cancel, short enough that a leaked timer task dies soon. */
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final PluginRegistry<String, NodePlugin> registry;
    private final NodePlugin plugin = new NodePlugin(NODE, 1);
    private final Await[] awaits = {new Await(), new Await()};

    CancelledAwaits(PluginRegistry<String, NodePlugin> registry) {
        this.registry = registry;
    }

    /** Starts await number {@code i} and cancels it straight away. */
    final void awaitThenCancel(int i) {
        Await await = awaits[i];
        await.future = registry.awaitAsync(NODE, TIMEOUT);
        await.cancelled = await.future.cancel(false);
    }

    final void register() {
        registry.register(NODE, plugin);
    }

    /** Returns "cancelled", "completed" (the registration won) or how else await {@code i} ended. */
    final String outcome(int i) {
        CompletableFuture<NodePlugin> future = awaits[i].future;
        if (awaits[i].cancelled) {
            return future.isCancelled() ? "cancelled" : "cancel-undone";
        }
        if (!future.isDone()) {
            return "not-done";
        }
        if (future.isCompletedExceptionally()) {
            return "failed";
        }
        return future.join() == plugin ? "completed" : "completed-wrong-plugin";
    }

    final int pendingWaiters() {
        return registry.pendingWaiters();
    }

    /** One await and whether its cancel took effect. */
    private static final class Await {
        CompletableFuture<NodePlugin> future;
        boolean cancelled;
    }
}
