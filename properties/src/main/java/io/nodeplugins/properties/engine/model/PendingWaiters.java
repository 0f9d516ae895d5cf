package io.nodeplugins.properties.engine.model;

/**
 * {@code pendingWaiters()} (C6): exactly the {@link AwaitAsync} futures still pending, once no
 * blocking await is in progress; a waiter that finished, timed out or was cancelled and stayed
 * behind shows here.
 */
public record PendingWaiters() implements Command {

    @Override
    public Outcome run(RunContext context) {
        return Attempt.of(() -> context.registry().pendingWaiters() + " waiting", null);
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model, Outcome.returned(model.pendingWaiters() + " waiting"));
    }

    @Override
    public String toJava() {
        return "registry.pendingWaiters();";
    }
}
