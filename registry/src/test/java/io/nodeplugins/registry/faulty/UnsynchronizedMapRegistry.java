package io.nodeplugins.registry.faulty;

import io.nodeplugins.registry.Registration;

import java.util.HashMap;
import java.util.List;

/**
 * Violates <b>C1 register</b>, and only C1: registrations are written into a plain {@link HashMap}
 * without any synchronisation, so concurrent registrations (even of distinct keys) overwrite each
 * other's buckets or get lost in a resize: a {@code register} call returns a handle, yet its plugin
 * is not in the registry. Everything else (stacking, removal, waiting, snapshots, events, close,
 * validation) is correct, and a single thread never sees the bug.
 *
 * @param <P> the plugin type
 */
public final class UnsynchronizedMapRegistry<P> extends SimpleLockedRegistry<P> {

    /** Creates an empty registry. */
    public UnsynchronizedMapRegistry() {
        super(new HashMap<>());
    }

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        Handle handle = new Handle(key, plugin);
        checkOpenForRegistration(key);
        // BUG (C1): read-modify-write of a plain HashMap without the lock.
        stacks.put(key, stackWith(stacks.get(key), handle));
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
