package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Violates <b>C1 register</b>, and only C1: registrations go into a plain {@link HashMap} without
 * any synchronisation, by the familiar "copy the map, put, publish the copy" done without a lock.
 * Two concurrent registrations, even of distinct keys, copy the same map and the later publication
 * drops the earlier one's entry: a {@code register} call returns a handle, yet its plugin is not in
 * the registry. Everything else (stacking, removal, waiting, snapshots, events, close, validation)
 * is unchanged, and a single thread never sees the bug.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C1)
public final class UnsynchronizedMapRegistry<P> extends SimpleLockedRegistry<P> {

    /** Creates an empty registry. */
    public UnsynchronizedMapRegistry() {
        super(new HashMap<>());
    }

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        Handle handle = new Handle(key, plugin);
        checkOpenForRegistration(key);
        // BUG (C1): an unsynchronised read-modify-write of the whole map; a concurrent one is lost.
        Map<String, List<Handle>> next = new HashMap<>(stacks);
        next.put(key, stackWith(next.get(key), handle));
        Thread.yield();
        stacks = next;
        List<Waiter> released;
        synchronized (lock) {
            released = becameCurrent(key, plugin);
        }
        afterWrite(released, plugin);
        return handle;
    }

    /** Makes {@link UnsynchronizedMapRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(UnsynchronizedMapRegistry::new);
        }
    }
}
