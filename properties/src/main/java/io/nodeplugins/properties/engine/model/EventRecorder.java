package io.nodeplugins.properties.engine.model;

import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.PluginListener;
import io.nodeplugins.registry.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A listener that mirrors the registry from the events it receives (C8), and notes every event
 * that breaks the subscription contract: an event that changes nothing in the mirror (a repeated
 * event), an {@code INITIAL} event after a live one or for a key the replay already sent, or any
 * event after its subscription was closed. Thread-safe (its methods are synchronized; the registry never calls one listener
 * concurrently anyway).
 */
public final class EventRecorder implements PluginListener<String, Plugin> {

    private final Map<String, Plugin> mirror = new TreeMap<>();
    private final Map<String, Plugin> replay = new TreeMap<>(); // from the INITIAL events alone
    private final List<PluginEvent<String, Plugin>> events = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private boolean live;   // a CURRENT or REMOVED event was seen
    private boolean closed; // the subscription was closed
    private Subscription subscription;

    /** Creates a recorder with an empty mirror. */
    public EventRecorder() {
    }

    @Override
    public synchronized void onEvent(PluginEvent<String, Plugin> event) {
        events.add(event);
        if (closed) {
            violations.add("event " + event + " delivered after the subscription was closed");
            return;
        }
        if (event.type() == PluginEvent.Type.INITIAL && live) {
            violations.add("replay event " + event + " after a live event");
        } else if (event.type() == PluginEvent.Type.INITIAL && replay.containsKey(event.key())) {
            violations.add("replay event " + event + " repeats its key: the replay is one event per key of the"
                    + " current state, not one per registration");
        } else if (event.type() != PluginEvent.Type.INITIAL
                && mirror.get(event.key()) == event.plugin().orElse(null)) { // by instance: equal plugins differ
            violations.add("event " + event + " changes nothing (a repeated or spurious event)");
        }
        if (event.type() != PluginEvent.Type.INITIAL) {
            live = true;
        } else if (!live) {
            event.applyTo(replay);
        }
        event.applyTo(mirror);
    }

    /**
     * Remembers the subscription this recorder listens through, to close it later.
     *
     * @param subscription the subscription
     */
    public synchronized void attach(Subscription subscription) {
        this.subscription = subscription;
    }

    /** Closes the subscription; events after this are violations. */
    public void unsubscribe() {
        Subscription s;
        synchronized (this) {
            s = subscription;
        }
        if (s != null) {
            s.close();
        }
        synchronized (this) {
            closed = true;
        }
    }

    /**
     * Returns whether the subscription was closed through {@link #unsubscribe()}.
     *
     * @return true once unsubscribed
     */
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Returns the mirrored state as node to plugin id, sorted.
     *
     * @return a copy of the mirror
     */
    public synchronized SortedMap<String, String> mirror() {
        SortedMap<String, String> ids = new TreeMap<>();
        mirror.forEach((k, v) -> ids.put(k, String.valueOf(v.id())));
        return ids;
    }

    /**
     * Returns the state the replay described: the {@code INITIAL} events received before any live
     * one, as node to plugin id. A registry that replays the state as {@code CURRENT} events (as if
     * every plugin had just registered) describes an empty replay.
     *
     * @return a copy, sorted by node
     */
    public synchronized SortedMap<String, String> replayed() {
        SortedMap<String, String> ids = new TreeMap<>();
        replay.forEach((k, v) -> ids.put(k, String.valueOf(v.id())));
        return ids;
    }

    /**
     * Returns the events received so far.
     *
     * @return a copy, in delivery order
     */
    public synchronized List<PluginEvent<String, Plugin>> events() {
        return List.copyOf(events);
    }

    /**
     * Returns the contract violations seen so far.
     *
     * @return a copy, empty if none
     */
    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }
}
