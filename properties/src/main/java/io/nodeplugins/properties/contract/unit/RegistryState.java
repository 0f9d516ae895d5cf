package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.PluginRegistry;

import java.util.Map;

/**
 * What a caller can observe of a registry at rest, as far as it offers it: its snapshot, its size
 * and its pending waiters, each null if the registry does not offer it. Tests compare it before and
 * after an operation that must not change anything (C10, C9) and with the state they expect.
 *
 * @param snapshot       the current plugins, or null without {@code snapshot()}
 * @param size           the number of live registrations (under replace semantics, of keys), or null
 *                       without {@code size()}
 * @param pendingWaiters the number of pending waiters, or null without {@code pendingWaiters()}
 */
record RegistryState(Map<String, ?> snapshot, Integer size, Integer pendingWaiters) {

    static RegistryState of(PluginRegistry<String, ?> registry, Features features) {
        return new RegistryState(features.offers(Feature.SNAPSHOT) ? registry.snapshot() : null,
                features.offers(Feature.SIZE) ? registry.size() : null,
                features.offers(Feature.PENDING_WAITERS) ? registry.pendingWaiters() : null);
    }

    static RegistryState expected(Map<String, ?> snapshot, int size, int pendingWaiters, Features features) {
        return new RegistryState(features.offers(Feature.SNAPSHOT) ? Map.copyOf(snapshot) : null,
                features.offers(Feature.SIZE) ? size : null,
                features.offers(Feature.PENDING_WAITERS) ? pendingWaiters : null);
    }

    static RegistryState empty(Features features) {
        return expected(Map.of(), 0, 0, features);
    }
}
