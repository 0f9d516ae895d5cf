package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Violates <b>C8 subscribe</b> (a listener may unsubscribe, and call the registry, from inside
 * {@code onEvent}), and only C8: the subscriber list is a plain {@link ArrayList} instead of a
 * {@code CopyOnWriteArrayList} ("it is only written under the lock"), but events are delivered by
 * iterating it without the lock. A listener that closes its subscription from inside
 * {@code onEvent} modifies the list the delivery loop is iterating, and the loop throws
 * {@code ConcurrentModificationException} at the writer; a subscription made or closed by another
 * thread during a delivery can do the same. Registrations, lookups, waiters and snapshots are
 * correct, and listeners that never unsubscribe while events flow never see the bug.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C8)
public final class PlainListenerListRegistry<P> extends SimpleLockedRegistry<P> {

    /** Creates an empty registry. */
    public PlainListenerListRegistry() {
        super(new ConcurrentHashMap<>(), new ArrayList<>()); // BUG (C8): iterated without the lock
    }

    /** Makes {@link PlainListenerListRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(PlainListenerListRegistry::new);
        }
    }
}
