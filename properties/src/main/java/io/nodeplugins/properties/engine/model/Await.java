package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.features.KeySpace;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code await(node, timeout)} (C6, C9): returns the current plugin at once; otherwise, run
 * sequentially, nobody registers while it waits, so it times out with a
 * {@link io.nodeplugins.registry.PluginNotRegisteredException}; on a closed registry a missing
 * plugin fails with {@link IllegalStateException} (present ones stay readable).
 *
 * @param node          a valid node name
 * @param timeoutMillis a valid timeout, short so that sequential runs stay fast
 */
public record Await(String node, long timeoutMillis) implements Command {

    @Override
    public Outcome run(RunContext context) {
        return Attempt.of(() -> Attempt.plugin(context.registry().await(node, Duration.ofMillis(timeoutMillis))), null);
    }

    @Override
    public Transition apply(RegistryModel model) {
        return Attempt.awaited(model, node, Outcome.missingPlugin(node, model.nodes()));
    }

    @Override
    public String toJava() {
        return "registry.await(" + Attempt.literal(node) + ", Duration.ofMillis(" + timeoutMillis + "));";
    }

    @Override
    public Set<String> nodes() {
        return Set.of(node);
    }

    @Override
    public boolean observesAllNodes() {
        return true; // a timeout lists every registered node
    }

    @Override
    public Command withNode(String from, String to) {
        return new Await(Attempt.rename(node, from, to), timeoutMillis);
    }

    @Override
    public List<Command> simplifications(KeySpace keys) {
        return timeoutMillis > 1 ? List.of(new Await(node, 1)) : List.of();
    }
}
