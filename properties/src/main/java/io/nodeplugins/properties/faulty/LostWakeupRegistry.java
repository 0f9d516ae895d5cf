package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.Optional;

/**
 * Violates <b>C6 await</b> (no lost wake-up), and only that: {@code await} checks for a plugin and
 * then links its waiter in a separate critical section, without checking again. A registration in
 * between releases nobody, and the waiter times out with {@code PluginNotRegisteredException}
 * although the plugin is registered. Only a concurrent registration shows it; waiters that are
 * linked in time are released, and nothing leaks.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C6)
public final class LostWakeupRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected Waiter enqueueWaiter(String key) {
        Waiter waiter = new Waiter(key);
        Optional<P> present = lookup(key);
        if (present.isPresent()) {
            waiter.complete(present.get());
            return waiter;
        }
        Thread.yield(); // BUG (C6): a registration here finds no waiter to release
        synchronized (lock) {
            linkWaiter(waiter); // ...and nobody checks the key again
        }
        return waiter;
    }

    /** Makes {@link LostWakeupRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(LostWakeupRegistry::new);
        }
    }
}
