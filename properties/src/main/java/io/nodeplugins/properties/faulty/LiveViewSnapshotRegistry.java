package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;

import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Violates <b>C7 snapshot</b> (an immutable map of one instant), and only C7: the registry keeps a
 * map of each key's current plugin up to date under its lock, and {@code snapshot()} returns
 * {@code Collections.unmodifiableMap} of it: unmodifiable, but a live view, not a copy. A caller
 * that takes a snapshot, then registers or closes, finds its "snapshot" changed under it (and one
 * read during writes is weakly consistent). Equal to the state at the moment it is returned, so a
 * check that compares a snapshot at once never sees the bug.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C7)
public final class LiveViewSnapshotRegistry<P> extends SimpleLockedRegistry<P> {

    private final Map<String, P> current = new ConcurrentHashMap<>();

    @Override
    protected void publish(PluginEvent<String, P> event) {
        event.applyTo(current); // under the lock, on every change of a key's current plugin
        super.publish(event);
    }

    @Override
    public Map<String, P> snapshot() {
        return Collections.unmodifiableMap(current); // BUG (C7): a view that follows later changes
    }

    /** Makes {@link LiveViewSnapshotRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(LiveViewSnapshotRegistry::new);
        }
    }
}
