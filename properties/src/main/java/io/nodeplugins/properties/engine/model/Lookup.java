package io.nodeplugins.properties.engine.model;

import java.util.Set;

/**
 * {@code lookup(node)} of a valid node (C4).
 *
 * @param node a valid node name
 */
public record Lookup(String node) implements Command {

    @Override
    public Outcome run(RunContext context) {
        return Attempt.of(() -> Attempt.plugin(context.registry().lookup(node)), null);
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model, Outcome.returned(Attempt.pluginId(model.current(node))));
    }

    @Override
    public String toJava() {
        return "registry.lookup(" + Attempt.literal(node) + ");";
    }

    @Override
    public Set<String> nodes() {
        return Set.of(node);
    }

    @Override
    public Command withNode(String from, String to) {
        return new Lookup(Attempt.rename(node, from, to));
    }
}
