package io.nodeplugins.properties.engine.model;

import io.nodeplugins.registry.Registration;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * {@code register(node, plugin)} of a new plugin {@link Plugin#idOf(int) p<i>n</i>} (C1, C2, C9).
 * The handle is kept in the run context under the registration number.
 *
 * @param registration the registration number, unique within a sequence (and across the threads
 *                     of a parallel run)
 * @param node         a valid node name
 * @param priority     the plugin's priority; 0 except for registries of priority semantics
 */
public record Register(int registration, String node, int priority) implements Command {

    /**
     * A registration of priority 0.
     *
     * @param registration the registration number
     * @param node         a valid node name
     */
    public Register(int registration, String node) {
        this(registration, node, 0);
    }

    @Override
    public Outcome run(RunContext context) {
        Plugin plugin = new Plugin(Plugin.idOf(registration), node, priority);
        return Attempt.of(() -> {
            Registration<String, Plugin> handle = context.registry().register(node, plugin);
            if (handle == null) {
                return "null registration";
            }
            context.handles().put(registration, handle);
            return describe(handle.key(), handle.plugin() == plugin ? plugin.id() : "another plugin " + handle.plugin());
        }, null);
    }

    @Override
    public Transition apply(RegistryModel model) {
        if (model.isClosed()) {
            return new Transition(model, Outcome.threw(IllegalStateException.class, null));
        }
        return new Transition(model.withRegistered(node, registration, priority),
                Outcome.returned(describe(node, Plugin.idOf(registration))));
    }

    private static String describe(String key, String pluginId) {
        return "registration of " + pluginId + " for " + key;
    }

    @Override
    public String toJava() {
        String n = Attempt.literal(node);
        return "var r" + registration + " = registry.register(" + n + ", new Plugin("
                + Attempt.literal(Plugin.idOf(registration)) + ", " + n + (priority == 0 ? "" : ", " + priority) + "));";
    }

    @Override
    public Set<String> nodes() {
        return Set.of(node);
    }

    @Override
    public Command withNode(String from, String to) {
        return new Register(registration, Attempt.rename(node, from, to), priority);
    }

    @Override
    public Command renumbered(IntUnaryOperator registrations, IntUnaryOperator subscriptions) {
        return new Register(registrations.applyAsInt(registration), node, priority);
    }

    @Override
    public List<Integer> registrations() {
        return List.of(registration);
    }
}
