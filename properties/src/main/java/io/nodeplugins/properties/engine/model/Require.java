package io.nodeplugins.properties.engine.model;

import java.util.Set;

/**
 * {@code require(node)} of a valid node (C5): the current plugin, or a
 * {@link io.nodeplugins.registry.PluginNotRegisteredException} naming the node and the registered
 * nodes. Never null.
 *
 * @param node a valid node name
 */
public record Require(String node) implements Command {

    @Override
    public Outcome run(RunContext context) {
        return Attempt.of(() -> Attempt.plugin(context.registry().require(node)), null);
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model, model.current(node).map(Outcome::returned)
                .orElseGet(() -> Outcome.missingPlugin(node, model.nodes())));
    }

    @Override
    public String toJava() {
        return "registry.require(" + Attempt.literal(node) + ");";
    }

    @Override
    public Set<String> nodes() {
        return Set.of(node);
    }

    @Override
    public boolean observesAllNodes() {
        return true; // a miss lists every registered node
    }

    @Override
    public Command withNode(String from, String to) {
        return new Require(Attempt.rename(node, from, to));
    }
}
