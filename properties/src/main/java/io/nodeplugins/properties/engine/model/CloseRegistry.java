package io.nodeplugins.properties.engine.model;

/** {@code close()} of the registry (C9); idempotent. */
public record CloseRegistry() implements Command {

    @Override
    public Outcome run(RunContext context) {
        return Attempt.of(() -> {
            context.registry().close();
            return "done";
        }, null);
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model.withClosed(), Outcome.done());
    }

    @Override
    public String toJava() {
        return "registry.close();";
    }
}
