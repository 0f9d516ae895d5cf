package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;

/**
 * Violates <b>C8 subscribe</b> (a new listener first receives one {@code INITIAL} event per key of
 * the current state), and only C8: the replay walks the registrations rather than the current
 * state, one {@code INITIAL} event per live registration, oldest first, so a key with a stacked
 * registration (a rolling update: the old plugin still running) is replayed twice and a listener
 * that starts work per replayed event starts it for a plugin that is not current. The state a
 * listener rebuilds is still right, since the current registration comes last; live events are
 * correct. A bug the checks were not written around: the sequential and parallel properties passed
 * it until the event recorder learned that a replay sends each key once.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C8)
public final class ReplayEveryRegistrationRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected void replayTo(Subscriber subscriber) {
        if (isClosed()) {
            throw new IllegalStateException("registry is closed: subscribe before close()");
        }
        stacks.forEach((key, stack) -> stack.forEach(
                handle -> subscriber.enqueue(PluginEvent.initial(key, handle.plugin)))); // BUG (C8): every registration
    }

    /** Makes {@link ReplayEveryRegistrationRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(ReplayEveryRegistrationRegistry::new);
        }
    }
}
