package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.registry.PluginRegistry;

import java.util.Map;

/**
 * What a caller can observe of a registry at rest: its snapshot, its size and its pending waiters.
 * Tests compare it before and after an operation that must not change anything (C10, C9).
 *
 * @param snapshot       the current plugins
 * @param size           the number of live registrations
 * @param pendingWaiters the number of pending waiters
 */
record RegistryState(Map<String, ?> snapshot, int size, int pendingWaiters) {

    static RegistryState of(PluginRegistry<String, ?> registry) {
        return new RegistryState(registry.snapshot(), registry.size(), registry.pendingWaiters());
    }

    static RegistryState empty() {
        return new RegistryState(Map.of(), 0, 0);
    }
}
