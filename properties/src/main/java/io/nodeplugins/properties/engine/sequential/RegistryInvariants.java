package io.nodeplugins.properties.engine.sequential;

import io.nodeplugins.properties.engine.model.EventRecorder;
import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.RunContext;
import io.nodeplugins.properties.engine.model.Snapshot;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.PluginNotRegisteredException;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The invariants that must hold between any two steps of a sequential run, checked against the
 * model: the registry's open/closed state and {@code size()} (C1-C3, C9); {@code snapshot()} equals
 * the model (C7); {@code lookup} agrees with the snapshot and {@code require} never returns null
 * (C4, C5); exactly the model's pending futures are waiting (C6); every handle is active exactly when the
 * model says it is live (C3); every subscription's mirror equals the model, and a closed
 * subscription or registry delivers nothing more (C8, C9). Not thread-safe: one instance per run,
 * used between steps.
 */
final class RegistryInvariants {

    private final Map<EventRecorder, Integer> eventsAtRegistryClose = new HashMap<>();
    private final Features features;

    RegistryInvariants(Features features) {
        this.features = features;
    }

    /**
     * Checks every invariant the registry's features make observable: a registry without
     * {@code snapshot()} is checked through lookups of the keys in play.
     *
     * @param context the run
     * @param model   the model after the last step
     * @return null if all hold, else the first broken invariant
     */
    Violation check(RunContext context, RegistryModel model) {
        PluginRegistry<String, Plugin> registry = context.registry();
        SortedMap<String, String> current = model.currentPlugins(); // built once per step, read below
        if (features.offers(Feature.CLOSE) && registry.isClosed() != model.isClosed()) {
            return broken("isClosed", "isClosed() is " + registry.isClosed() + ", expected " + model.isClosed());
        }
        if (features.offers(Feature.SIZE) && registry.size() != model.size()) {
            return broken("size", "size() is " + registry.size() + ", expected " + model.size()
                    + " live registrations " + current + " (stacked included)");
        }
        if (features.offers(Feature.PENDING_WAITERS) && registry.pendingWaiters() != model.pendingWaiters()) {
            return broken("pendingWaiters", "pendingWaiters() is " + registry.pendingWaiters() + " but "
                    + model.pendingWaiters() + " futures are pending: a finished waiter was left behind, or a"
                    + " pending one lost");
        }
        TreeSet<String> probed = new TreeSet<>(features.keys().valid());
        probed.addAll(model.nodes());
        if (features.offers(Feature.SNAPSHOT)) {
            Map<String, Plugin> snapshot = registry.snapshot();
            String rendered = Snapshot.render(snapshot);
            if (!rendered.equals(current.toString())) {
                return broken("snapshot", "snapshot() is " + rendered + ", expected " + current);
            }
            probed.addAll(snapshot.keySet());
            for (String node : probed) {
                // the snapshot agreed with the model, so a disagreement here is the lookup's
                Violation problem = lookupAgrees(registry, node, snapshot.get(node), "lookup vs snapshot",
                        "snapshot() maps it to");
                if (problem != null) {
                    return problem;
                }
            }
        } else {
            for (String node : probed) {
                Violation problem = lookupAgreesWithModel(registry, node, current.get(node));
                if (problem != null) {
                    return problem;
                }
            }
        }
        if (features.offers(Feature.HANDLE_STATE)) {
            for (Map.Entry<Integer, Registration<String, Plugin>> e : context.handles().entrySet()) {
                Registration<String, Plugin> handle = e.getValue();
                if (handle.isActive() != model.isLive(e.getKey())) {
                    return broken("isActive", "r" + e.getKey() + ".isActive() is " + handle.isActive() + ", expected "
                            + model.isLive(e.getKey()));
                }
            }
        }
        return subscriptions(context, model, current);
    }

    /** Without a snapshot: lookup (and require) return the plugin the model says is current. */
    private Violation lookupAgreesWithModel(PluginRegistry<String, Plugin> registry, String node, String expected) {
        Optional<Plugin> found = registry.lookup(node);
        String id = found == null ? "null" : found.map(Plugin::id).orElse(null);
        if (found == null || !java.util.Objects.equals(id, expected)) {
            return broken("lookup", "lookup(\"" + node + "\") is " + found + " but the model's current plugin is "
                    + (expected == null ? "none" : expected));
        }
        return lookupAgrees(registry, node, found.orElse(null), "lookup", "lookup returns");
    }

    private Violation lookupAgrees(PluginRegistry<String, Plugin> registry, String node, Plugin expected,
                                   String invariant, String source) {
        Optional<Plugin> found = registry.lookup(node);
        if (found == null || found.orElse(null) != expected) {
            return broken(invariant, "lookup(\"" + node + "\") is " + found + " but " + source + " " + expected);
        }
        if (!features.offers(Feature.REQUIRE)) {
            return null;
        }
        try {
            Plugin required = registry.require(node);
            if (required != expected) {
                return broken("require", "require(\"" + node + "\") returned " + required + " but " + source + " "
                        + expected);
            }
        } catch (PluginNotRegisteredException e) {
            if (expected != null) {
                return broken("require", "require(\"" + node + "\") threw although " + source + " " + expected
                        + ": " + e.getMessage());
            }
        }
        return null;
    }

    private Violation subscriptions(RunContext context, RegistryModel model, SortedMap<String, String> current) {
        for (Map.Entry<Integer, EventRecorder> e : context.subscriptions().entrySet()) {
            EventRecorder recorder = e.getValue();
            String name = "listener" + e.getKey();
            if (!recorder.violations().isEmpty()) {
                return broken("subscription", name + ": " + recorder.violations().get(0));
            }
            if (model.isClosed()) {
                int seen = recorder.events().size();
                Integer atClose = eventsAtRegistryClose.putIfAbsent(recorder, seen);
                if (atClose != null && atClose != seen) {
                    return broken("subscription", name + " received " + recorder.events().subList(atClose, seen)
                            + " after the registry was closed");
                }
            } else if (!recorder.isClosed() && !recorder.mirror().equals(current)) {
                return broken("subscription", name + " rebuilt " + recorder.mirror() + " from its events "
                        + recorder.events() + ", expected " + current);
            }
        }
        return null;
    }

    private static Violation broken(String invariant, String description) {
        return new Violation(invariant, description);
    }

    /**
     * A broken invariant.
     *
     * @param invariant   its name, for example {@code "size"}
     * @param description what was seen and what was expected
     */
    record Violation(String invariant, String description) {
    }
}
