package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.features.KeySpace;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code awaitAsync(node, timeout)} followed at once by {@code cancel} of the future if it is still
 * pending (C6, C9). The outcome is the plugin if the future was already complete, or
 * {@code "cancelled"}; a closed registry fails the call (or the future) with
 * {@link IllegalStateException} for a missing plugin. Cancelling must leave no waiter behind.
 *
 * @param node          a valid node name
 * @param timeoutMillis a valid timeout, at least {@link #MIN_TIMEOUT_MILLIS} in generated commands
 */
public record AwaitAsyncCancel(String node, long timeoutMillis) implements Command {

    /**
     * The shortest timeout generated: long enough that the future cannot time out before the
     * cancel right after it, even on a loaded machine.
     */
    public static final long MIN_TIMEOUT_MILLIS = 1000;

    /** The outcome value of a future that was pending and got cancelled. */
    public static final String CANCELLED = "cancelled";

    @Override
    public Outcome run(RunContext context) {
        CompletableFuture<Plugin> future;
        try {
            future = context.registry().awaitAsync(node, Duration.ofMillis(timeoutMillis));
        } catch (RuntimeException e) {
            return Outcome.thrown(e, null);
        }
        if (future == null) {
            return Outcome.returned("null future");
        }
        if (!future.isDone() && future.cancel(false)) {
            return Outcome.returned(CANCELLED);
        }
        try {
            return Outcome.returned(Attempt.plugin(future.join()));
        } catch (CancellationException e) {
            return Outcome.returned(CANCELLED);
        } catch (CompletionException e) {
            return Outcome.thrown(e.getCause(), null);
        }
    }

    @Override
    public Transition apply(RegistryModel model) {
        return Attempt.awaited(model, node, Outcome.returned(CANCELLED));
    }

    @Override
    public String toJava() {
        return "registry.awaitAsync(" + Attempt.literal(node) + ", Duration.ofMillis(" + timeoutMillis
                + ")).cancel(false);";
    }

    @Override
    public Set<String> nodes() {
        return Set.of(node);
    }

    @Override
    public Command withNode(String from, String to) {
        return new AwaitAsyncCancel(Attempt.rename(node, from, to), timeoutMillis);
    }

    @Override
    public List<Command> simplifications(KeySpace keys) {
        return timeoutMillis > MIN_TIMEOUT_MILLIS ? List.of(new AwaitAsyncCancel(node, MIN_TIMEOUT_MILLIS)) : List.of();
    }
}
