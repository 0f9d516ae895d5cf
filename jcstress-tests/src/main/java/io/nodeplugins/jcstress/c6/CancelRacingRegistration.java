package io.nodeplugins.jcstress.c6;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.registry.PluginRegistry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The actor shape of the C6 cancellation test: one actor starts an asynchronous await and cancels
 * it at once, the other registers the node; the arbiter says how the future ended and how many
 * waiters the registry still counts. The variants differ only in the registry.
 */
abstract class CancelRacingRegistration {

    static final String NODE = "node-a";

    /** Long enough never to fire before the cancel, short enough that a leaked timer task dies soon. */
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final PluginRegistry<String, NodePlugin> registry;
    private final NodePlugin plugin = new NodePlugin(NODE, 1);
    private CompletableFuture<NodePlugin> future;
    private boolean cancelled;

    CancelRacingRegistration(PluginRegistry<String, NodePlugin> registry) {
        this.registry = registry;
    }

    final void awaitThenCancel() {
        future = registry.awaitAsync(NODE, TIMEOUT);
        cancelled = future.cancel(false);
    }

    final void register() {
        registry.register(NODE, plugin);
    }

    /** Returns "cancelled", "completed" (the registration won) or how else the future ended. */
    final String futureOutcome() {
        if (cancelled) {
            return "cancelled";
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
}
