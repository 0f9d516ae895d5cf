package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Violates <b>C9 close</b> (registering after close fails with {@code IllegalStateException};
 * close is idempotent), and only C9: registrations and {@code close()} share a
 * {@link ReentrantLock} so that close waits for registrations in flight, and the early return of
 * an idempotent second {@code close()} forgets to unlock it. The lock is reentrant, so the thread
 * that closed twice goes on as if nothing happened (its later {@code register} fails properly);
 * every other thread that then registers blocks for good instead of getting the
 * {@code IllegalStateException}. A {@code lock()} without {@code try/finally} is the usual
 * cause. A single thread, and a registry closed once, never see the bug.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C9)
public final class LostUnlockOnCloseRegistry<P> extends SimpleLockedRegistry<P> {

    private final ReentrantLock lifecycle = new ReentrantLock();

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        lifecycle.lock();
        try {
            return super.store(key, plugin);
        } finally {
            lifecycle.unlock();
        }
    }

    @Override
    public void close() {
        lifecycle.lock();
        if (isClosed()) {
            return; // BUG (C9): returns still holding the lifecycle lock
        }
        super.close();
        lifecycle.unlock();
    }

    /** Makes {@link LostUnlockOnCloseRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(LostUnlockOnCloseRegistry::new);
        }
    }
}
