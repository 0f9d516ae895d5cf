package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.features.KeySpace;
import io.nodeplugins.registry.Registration;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * {@code register(node, plugin)} (C1, C2, C9) of a new plugin {@link Plugin#idOf(int) p<i>n</i>}, of
 * the same instance as an earlier registration ({@code reuses}), or of a new plugin that
 * {@code equals} an earlier one ({@code equalTo}). The handle is kept in the run context under the
 * registration number.
 *
 * @param registration the registration number, unique within a sequence (and across the threads
 *                     of a parallel run)
 * @param node         a valid node name
 * @param priority     the plugin's priority; 0 except for registries of priority semantics (a
 *                     reused instance keeps the priority it was made with)
 * @param reuses       the registration whose plugin instance this one registers again, or 0
 * @param equalTo      the registration whose plugin the new plugin equals (same family), or 0
 */
public record Register(int registration, String node, int priority, int reuses, int equalTo) implements Command {

    /**
     * A registration of a new plugin of priority 0.
     *
     * @param registration the registration number
     * @param node         a valid node name
     */
    public Register(int registration, String node) {
        this(registration, node, 0);
    }

    /**
     * A registration of a new plugin.
     *
     * @param registration the registration number
     * @param node         a valid node name
     * @param priority     the plugin's priority
     */
    public Register(int registration, String node, int priority) {
        this(registration, node, priority, 0, 0);
    }

    /**
     * Checks that at most one of {@code reuses} and {@code equalTo} is set, and to an earlier registration.
     *
     * @param registration the registration number
     * @param node         the node
     * @param priority     the priority
     * @param reuses       the reused registration, or 0
     * @param equalTo      the registration the new plugin equals, or 0
     */
    public Register {
        if (reuses != 0 && equalTo != 0 || reuses < 0 || equalTo < 0 || reuses == registration
                || equalTo == registration) {
            throw new IllegalArgumentException("a registration reuses one earlier instance or equals one earlier"
                    + " plugin, not both and not itself: reuses " + reuses + ", equalTo " + equalTo);
        }
    }

    /**
     * Returns the id of the plugin instance this command registers.
     *
     * @return the reused registration's plugin id, or this registration's own
     */
    public String pluginId() {
        return Plugin.idOf(reuses != 0 ? reuses : registration);
    }

    @Override
    public Outcome run(RunContext context) {
        Plugin plugin = reuses != 0
                ? context.plugin(reuses, () -> new Plugin(Plugin.idOf(reuses), node, priority))
                : context.plugin(registration, () -> new Plugin(Plugin.idOf(registration), node, priority,
                Plugin.idOf(equalTo != 0 ? equalTo : registration)));
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
        return new Transition(model.withRegistered(node, registration, priority, pluginId()),
                Outcome.returned(describe(node, pluginId())));
    }

    private static String describe(String key, String pluginId) {
        return "registration of " + pluginId + " for " + key;
    }

    @Override
    public String toJava() {
        String n = Attempt.literal(node);
        String r = "var r" + registration + " = registry.register(" + n + ", ";
        if (reuses != 0) {
            return r + "p" + reuses + "); // the instance r" + reuses + " registered";
        }
        String p = "new Plugin(" + Attempt.literal(Plugin.idOf(registration)) + ", " + n
                + (priority == 0 && equalTo == 0 ? "" : ", " + priority);
        return equalTo == 0 ? r + p + "));"
                : r + p + ", " + Attempt.literal(Plugin.idOf(equalTo)) + ")); // equals p" + equalTo + ", another instance";
    }

    @Override
    public Set<String> nodes() {
        return Set.of(node);
    }

    @Override
    public Command withNode(String from, String to) {
        return new Register(registration, Attempt.rename(node, from, to), priority, reuses, equalTo);
    }

    @Override
    public Command renumbered(IntUnaryOperator registrations, IntUnaryOperator subscriptions) {
        return new Register(registrations.applyAsInt(registration), node, priority,
                reuses == 0 ? 0 : registrations.applyAsInt(reuses), equalTo == 0 ? 0 : registrations.applyAsInt(equalTo));
    }

    @Override
    public List<Integer> registrations() {
        return List.of(registration);
    }

    @Override
    public List<Command> simplifications(KeySpace keys) {
        return reuses == 0 && equalTo == 0 ? List.of() : List.of(new Register(registration, node, priority));
    }
}
