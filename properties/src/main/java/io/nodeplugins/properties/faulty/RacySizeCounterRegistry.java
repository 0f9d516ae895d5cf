package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.List;

/**
 * Violates <b>C1 register</b> (no registration is ever lost, as {@code size()} counts them), and
 * only C1: {@code size()} reads a counter instead of counting the stacks, and {@code register}
 * bumps that {@code volatile} counter with {@code count++} after releasing the lock, "because a
 * counter needs no lock". Two concurrent registrations read the same count and one increment is
 * lost, so {@code size()} undercounts registrations that are there (closing decrements under the
 * lock, racing the unlocked increments too). The common Java mistake of taking {@code volatile}
 * for atomic; the registrations themselves, lookups, snapshots, events and waiters are correct,
 * and a single thread never sees the bug.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C1)
public final class RacySizeCounterRegistry<P> extends SimpleLockedRegistry<P> {

    private volatile int count;

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        Registration<String, P> handle = super.store(key, plugin);
        int read = count;
        Thread.yield(); // a slower caller between the read and the write
        count = read + 1; // BUG (C1): count++ on a volatile is a read and a write, not one atomic step
        return handle;
    }

    @Override
    protected List<Handle> stackWithout(List<Handle> stack, Handle handle) {
        count--; // under the lock, but the increments are not
        return super.stackWithout(stack, handle);
    }

    @Override
    public int size() {
        return count;
    }

    /** Makes {@link RacySizeCounterRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(RacySizeCounterRegistry::new);
        }
    }
}
