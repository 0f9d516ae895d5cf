package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;

/**
 * Violates <b>C8 subscribe</b> (a listener first receives the current state, then the changes),
 * and only C8: the replay of the current state to a new listener is sent as {@code CURRENT}
 * events, the type of a change, instead of {@code INITIAL}, so a listener cannot tell "worker-1 was
 * already there" from "worker-1 just registered" and, for instance, re-runs its start-up work for
 * every node on each subscription. client-go's informers had the same gap until
 * {@code isInInitialList} was added to {@code OnAdd} (kubernetes PR 113985). The state a listener
 * rebuilds from the events is right, and the order and the live events are correct.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C8)
public final class ReplayAsCurrentRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected void replayTo(Subscriber subscriber) {
        if (isClosed()) {
            throw new IllegalStateException("registry is closed: subscribe before close()");
        }
        for (String key : stacks.keySet()) {
            P plugin = currentPlugin(key);
            if (plugin != null) {
                subscriber.enqueue(PluginEvent.current(key, plugin)); // BUG (C8): not PluginEvent.initial
            }
        }
    }

    /** Makes {@link ReplayAsCurrentRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(ReplayAsCurrentRegistry::new);
        }
    }
}
