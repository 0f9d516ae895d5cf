package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.List;

/**
 * Violates <b>C3 handle-scoped removal</b>, and only C3: {@code register} reads and copies the
 * key's stack in a {@code synchronized (this)} block, taking the lock only to write the copy back,
 * while {@code Registration.close()} (like every other method) synchronizes on the registry's
 * private {@code lock}: the two exclude themselves but not each other. A close racing with a registration of the same key removes the closed handle from a
 * stack that the registration then overwrites with its own copy, which still holds it, so the
 * closed registration comes back: it is current again as soon as the newer one closes. Registrations
 * exclude each other and write, check for close and announce under the right lock, so nothing is
 * lost and close, events and waiters are correct; a single thread never sees the bug.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C3)
public final class WrongMonitorRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        Handle handle = new Handle(key, plugin);
        List<Waiter> released;
        synchronized (this) { // BUG (C3): close() changes the stacks under `lock`, not under `this`
            List<Handle> next = stackWith(stacks.get(key), handle);
            Thread.yield(); // a close of this key's top may run here
            synchronized (lock) { // the write is published under the lock, but from a stale read
                checkOpenForRegistration(key);
                stacks.put(key, next);
                released = becameCurrent(key, plugin);
            }
        }
        afterWrite(released, plugin);
        return handle;
    }

    /** Makes {@link WrongMonitorRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(WrongMonitorRegistry::new);
        }
    }
}
