package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;

/**
 * Violates <b>C8 subscribe</b> (a listener that throws harms neither the registry nor other
 * listeners), and only C8: a listener's exception is not caught per listener but propagates, as in
 * a plain {@code for (l : listeners) l.onEvent(e)} loop (and as {@code java.beans.PropertyChangeSupport}
 * does): the change is made, but {@code register} or {@code close} throws the listener's exception
 * at its caller, and the listeners after the throwing one get the event only when the next change
 * is delivered. Ordering, replay, re-entrant calls and unsubscribing are correct; well-behaved
 * listeners never see the bug.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C8)
public final class ThrowingListenerRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected void listenerThrew(PluginEvent<String, P> event, Throwable failure) {
        // BUG (C8): not contained: ends this delivery and reaches the writer
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("listener failed on " + event, failure);
    }

    /** Makes {@link ThrowingListenerRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(ThrowingListenerRegistry::new);
        }
    }
}
