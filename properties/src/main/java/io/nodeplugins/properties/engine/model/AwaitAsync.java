package io.nodeplugins.properties.engine.model;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntUnaryOperator;

/**
 * {@code var wN = awaitAsync(node, timeout)} whose future stays in the run as waiter {@code waiter}
 * (C6, C9): later commands read it ({@link CheckWaiter}); the {@code register} that satisfies it must
 * have completed it by the time it returns (no polling), and {@code close()} must fail it. The
 * outcome only says that a future came back: how it reads can change as soon as the call returns,
 * so {@link CheckWaiter} reads it. The timeout is long enough never
 * to expire within a run; the runners cancel what is still pending at the end.
 *
 * @param waiter        the waiter number, unique within a scenario (shares the numbering of subscriptions)
 * @param node          a valid node name
 * @param timeoutMillis the timeout, at least {@link #TIMEOUT_MILLIS} in generated commands
 */
public record AwaitAsync(int waiter, String node, long timeoutMillis) implements Command {

    /** The outcome of a call that returned a future. */
    static final String FUTURE = "a future";

    /** The timeout of generated waiters: far longer than any run. */
    public static final long TIMEOUT_MILLIS = 600_000;

    /**
     * A waiter with the generated timeout.
     *
     * @param waiter the waiter number
     * @param node   a valid node name
     */
    public AwaitAsync(int waiter, String node) {
        this(waiter, node, TIMEOUT_MILLIS);
    }

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
        context.waiters().put(waiter, future);
        return Outcome.returned(FUTURE); // how it reads is racy under concurrency: CheckWaiter reads it
    }

    @Override
    public Transition apply(RegistryModel model) {
        if (model.current(node).isEmpty() && model.isClosed()) {
            return new Transition(model, Outcome.threw(IllegalStateException.class, null));
        }
        return new Transition(model.withWaiter(waiter, node), Outcome.returned(FUTURE));
    }

    @Override
    public String toJava() {
        return "var w" + waiter + " = registry.awaitAsync(" + Attempt.literal(node) + ", Duration.ofMillis("
                + timeoutMillis + "));";
    }

    @Override
    public Set<String> nodes() {
        return Set.of(node);
    }

    @Override
    public Command withNode(String from, String to) {
        return new AwaitAsync(waiter, Attempt.rename(node, from, to), timeoutMillis);
    }

    @Override
    public Command renumbered(IntUnaryOperator registrations, IntUnaryOperator subscriptions) {
        return new AwaitAsync(subscriptions.applyAsInt(waiter), node, timeoutMillis);
    }

    @Override
    public List<Integer> subscriptions() {
        return List.of(waiter);
    }
}
