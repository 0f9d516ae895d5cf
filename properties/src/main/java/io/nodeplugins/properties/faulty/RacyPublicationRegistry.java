package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.List;

/**
 * Violates <b>C4 lookup</b>, and only C4: a registration links its mutable entry into the registry
 * before filling in the entry's plugin, so a concurrent {@code lookup} or {@code require} can
 * find the entry while its plugin is still null and throws a {@link NullPointerException}.
 * Snapshots, waiters and listeners treat the entry as not yet registered until its plugin is set
 * and announced (the registration beneath it, if any, stays current for them), so they stay
 * correct, and a single thread never sees the bug. (Until the parallel events property found it,
 * a half-registered entry hid the registration beneath it from snapshots and replays: a C7 and C8
 * bug besides the C4 one.)
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C4)
public final class RacyPublicationRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        Handle handle = new Handle(key, null);
        synchronized (lock) {
            checkOpenForRegistration(key);
            stacks.put(key, stackWith(stacks.get(key), handle));
        }
        Thread.yield(); // BUG (C4): lookups find the linked entry with its plugin still null
        List<Waiter> released = List.of();
        synchronized (lock) {
            handle.plugin = plugin;
            if (currentPlugin(key) == plugin) { // current now (nothing newer is set yet): waiters, listeners
                released = becameCurrent(key, plugin);
            }
        }
        afterWrite(released, plugin);
        return handle;
    }

    /** Makes {@link RacyPublicationRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(RacyPublicationRegistry::new);
        }
    }
}
