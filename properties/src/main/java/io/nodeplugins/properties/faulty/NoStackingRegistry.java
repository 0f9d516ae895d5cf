package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.List;

/**
 * Violates <b>C2 newest wins</b>, and only C2: a newer registration replaces the older one instead
 * of stacking on it, so closing the newer one leaves the key empty instead of revealing the older,
 * still live, registration (the rolling-update case). Visible sequentially. Closing an older handle
 * still changes nothing, and everything else is correct.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C2)
public final class NoStackingRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected List<Handle> stackWith(List<Handle> stack, Handle handle) {
        return List.of(handle); // BUG (C2): forgets the older registrations
    }

    /** Makes {@link NoStackingRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(NoStackingRegistry::new);
        }
    }
}
