package io.nodeplugins.properties.engine.model;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntUnaryOperator;

/**
 * Reads the future of an earlier {@link AwaitAsync} without waiting (C6, C9): {@code "pending"},
 * {@code "completed pN"}, {@code "failed IllegalStateException"} after {@code close()},
 * {@code "cancelled"}, or {@code "unknown waiter"} if it was never created. A future that a
 * registration of its node should have completed but that is still pending (a poller, or a lost
 * wake-up) fails here.
 *
 * @param waiter the waiter number
 * @param node   the node it waits for (so that histories can be split per node)
 */
public record CheckWaiter(int waiter, String node) implements Command {

    @Override
    public Outcome run(RunContext context) {
        CompletableFuture<Plugin> future = context.waiters().get(waiter);
        return Outcome.returned(future == null ? RegistryModel.UNKNOWN : describe(future));
    }

    /**
     * Renders how a future reads now, without waiting.
     *
     * @param future the future
     * @return as {@link RegistryModel#waiterState(int)} renders it
     */
    static String describe(CompletableFuture<Plugin> future) {
        if (!future.isDone()) {
            return RegistryModel.PENDING;
        }
        if (future.isCancelled()) {
            return AwaitAsyncCancel.CANCELLED;
        }
        try {
            return RegistryModel.COMPLETED + Attempt.plugin(future.join());
        } catch (CancellationException e) {
            return AwaitAsyncCancel.CANCELLED;
        } catch (CompletionException e) {
            return "failed " + (e.getCause() == null ? "?" : e.getCause().getClass().getSimpleName());
        }
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model, Outcome.returned(model.waiterState(waiter)));
    }

    @Override
    public String toJava() {
        return "w" + waiter + ".isDone(); // and how it completed";
    }

    @Override
    public Set<String> nodes() {
        return Set.of(node);
    }

    @Override
    public Command withNode(String from, String to) {
        return new CheckWaiter(waiter, Attempt.rename(node, from, to));
    }

    @Override
    public Command renumbered(IntUnaryOperator registrations, IntUnaryOperator subscriptions) {
        return new CheckWaiter(subscriptions.applyAsInt(waiter), node);
    }

    @Override
    public List<Integer> subscriptions() {
        return List.of(waiter);
    }
}
