package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Violates <b>C7 snapshot</b>, and only C7: {@code snapshot()} copies the registry by the weakly
 * consistent iteration of its {@code ConcurrentHashMap} without excluding writers, so a snapshot
 * taken during writes can mix two instants (a key removed before the copy reached it and a key
 * added behind it are both missing: a state that never existed). Every other read and every write
 * is correct, and a single thread never sees the bug.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C7)
public final class WeaklyConsistentSnapshotRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    public Map<String, P> snapshot() {
        Map<String, P> copy = new HashMap<>();
        // BUG (C7): iterates while writers go on; each entry is from a different instant.
        for (Map.Entry<String, List<Handle>> e : stacks.entrySet()) {
            List<Handle> stack = e.getValue();
            copy.put(e.getKey(), stack.get(stack.size() - 1).plugin());
            Thread.yield();
        }
        return Map.copyOf(copy);
    }

    /** Makes {@link WeaklyConsistentSnapshotRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(WeaklyConsistentSnapshotRegistry::new);
        }
    }
}
