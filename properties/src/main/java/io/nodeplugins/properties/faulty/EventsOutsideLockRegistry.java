package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Violates <b>C8 subscribe</b> (every change, per key in order, none repeated), and only C8: a
 * write computes its event under the lock, as it should, but hands it to the listeners only after
 * releasing the lock, "so that a slow listener does not block writers" (the usual listener-list
 * pattern: {@code synchronized (lock) { change; event = ...; } for (l : listeners) l.onEvent(event);}).
 * Two writers of one key can then deliver their events in the opposite order of their changes, and
 * a subscriber that joined in between gets a change both in its replay and as an event, so a
 * listener's mirror of the registry goes wrong for good. The registry's own state, its waiters and
 * a single writer's events are correct.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C8)
public final class EventsOutsideLockRegistry<P> extends SimpleLockedRegistry<P> {

    /** The events a write made under the lock, handed from publish to deliverEvents in the same thread. */
    private final ThreadLocal<List<PluginEvent<String, P>>> made = ThreadLocal.withInitial(ArrayList::new);

    @Override
    protected void publish(PluginEvent<String, P> event) {
        made.get().add(event); // under the lock: only noted
    }

    @Override
    protected void deliverEvents() {
        List<PluginEvent<String, P>> events = new ArrayList<>(made.get());
        made.get().clear();
        Thread.yield(); // BUG (C8): another write's events may be handed out first
        events.forEach(super::publish);
        super.deliverEvents();
    }

    /** Makes {@link EventsOutsideLockRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(EventsOutsideLockRegistry::new);
        }
    }
}
