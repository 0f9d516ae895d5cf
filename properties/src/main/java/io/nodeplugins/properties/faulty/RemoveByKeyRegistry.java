package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.List;

/**
 * Violates <b>C3 handle-scoped removal</b>, and only C3: {@code Registration.close()} removes
 * whatever is current for the key instead of its own registration, so an old plugin's late
 * shutdown removes its newer replacement (kubelet device-plugin issues 121994, 127803). Visible
 * sequentially. Closing stays idempotent per handle, and everything else is correct.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C3)
public final class RemoveByKeyRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected List<Handle> stackWithout(List<Handle> stack, Handle handle) {
        // BUG (C3): drops the current (newest) registration, whichever handle was closed.
        return stack.isEmpty() ? stack : List.copyOf(stack.subList(0, stack.size() - 1));
    }

    /** Makes {@link RemoveByKeyRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(RemoveByKeyRegistry::new);
        }
    }
}
