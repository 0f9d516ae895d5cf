package io.nodeplugins.properties.engine.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@code snapshot()} (C7): the exact state as node to plugin id; the map must be unmodifiable. */
public record Snapshot() implements Command {

    @Override
    public Outcome run(RunContext context) {
        return Attempt.of(() -> render(context.registry().snapshot()), null);
    }

    /**
     * Renders a snapshot as the model renders its state ({@code {node=pluginId, ...}}, sorted),
     * noting a modifiable map.
     *
     * @param snapshot the registry's snapshot
     * @return the rendering
     */
    public static String render(Map<String, Plugin> snapshot) {
        if (snapshot == null) {
            return "null";
        }
        SortedMap<String, String> ids = new TreeMap<>();
        snapshot.forEach((k, v) -> ids.put(k, Attempt.plugin(v)));
        try {
            snapshot.remove("\u0000probe"); // removes nothing from a modifiable map
            return ids + " (modifiable!)";
        } catch (UnsupportedOperationException expected) {
            return ids.toString();
        }
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model, Outcome.returned(model.currentPlugins().toString()));
    }

    @Override
    public String toJava() {
        return "registry.snapshot();";
    }
}
