package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

/**
 * Violates <b>C6 await</b> (a waiter leaves nothing behind), and only that: a waiter that times
 * out, is interrupted or is cancelled is never unlinked, so it stays in the waiter list and in
 * {@code pendingWaiters()} until a plugin for its key is registered or the registry closes; a
 * service that awaits keys that never come grows without bound. Visible sequentially; waking,
 * timeouts and interrupts themselves behave correctly.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C6)
public final class LeakingWaiterRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected void forget(Waiter waiter) {
        // BUG (C6): a completed waiter stays linked and counted.
    }

    /** Makes {@link LeakingWaiterRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(LeakingWaiterRegistry::new);
        }
    }
}
