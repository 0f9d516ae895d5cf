package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginListener;
import io.nodeplugins.registry.Subscription;

import java.util.Objects;

/**
 * Violates <b>C8 subscribe</b>, and only C8: {@code subscribe} replays the current state and only
 * then, in a second critical section, starts listening; a change made in between is in neither the
 * replay nor the live events, so the listener's mirror of the registry stays wrong for good. Only a
 * concurrent write shows it; replay, ordering, throwing and re-entrant listeners and unsubscribing
 * are correct.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C8)
public final class SubscriptionGapRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    public Subscription subscribe(PluginListener<String, P> listener) {
        Subscriber subscriber = new Subscriber(Objects.requireNonNull(listener, "listener"));
        synchronized (lock) {
            replayTo(subscriber);
        }
        Thread.yield(); // BUG (C8): a change here is neither replayed nor delivered
        synchronized (lock) {
            addSubscriber(subscriber);
        }
        subscriber.drain();
        return subscriber;
    }

    /** Makes {@link SubscriptionGapRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(SubscriptionGapRegistry::new);
        }
    }
}
