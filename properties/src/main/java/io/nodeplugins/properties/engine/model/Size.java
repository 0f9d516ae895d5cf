package io.nodeplugins.properties.engine.model;

/** {@code size()}: the number of live registrations, stacked ones included (C1, C2). */
public record Size() implements Command {

    @Override
    public Outcome run(RunContext context) {
        return Attempt.of(() -> String.valueOf(context.registry().size()), null);
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model, Outcome.returned(String.valueOf(model.size())));
    }

    @Override
    public String toJava() {
        return "registry.size();";
    }
}
