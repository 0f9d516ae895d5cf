package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.List;

/**
 * Violates <b>C2 newest wins</b> (registering the same plugin twice stacks two registrations), and
 * only C2: to make a retried registration idempotent (a plugin whose Register call timed out calls
 * it again; compare kubelet's handling of duplicate device-plugin registrations, kubernetes issue
 * 52190), registering a plugin instance that is already live for the key returns the existing
 * handle instead of stacking a new registration. The two callers then share one registration:
 * the first of them to close it removes the plugin the other still relies on. Visible sequentially,
 * but only with the same plugin instance registered twice; distinct plugins stack correctly.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C2)
public final class SamePluginDedupRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        synchronized (lock) {
            checkOpenForRegistration(key); // closed first, as every register does: the bug is C2 alone
            for (Handle h : stacks.getOrDefault(key, List.of())) {
                if (h.plugin == plugin) {
                    return h; // BUG (C2): folded into the existing registration instead of stacking a second
                }
            }
        }
        return super.store(key, plugin);
    }

    /** Makes {@link SamePluginDedupRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(SamePluginDedupRegistry::new);
        }
    }
}
