package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

/**
 * Violates <b>C9 close</b>, and only C9: {@code register} after {@code close()} returns a handle
 * that looks live but stores nothing; no {@code IllegalStateException} tells the caller that its
 * plugin was accepted and lost. Visible sequentially. Waiting and subscribing after close, pending
 * waiters and idempotent close behave correctly.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C9)
public final class AcceptAfterCloseRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        if (isClosed()) {
            return new Handle(key, plugin); // BUG (C9): accepted and lost, silently
        }
        return super.store(key, plugin);
    }

    /** Makes {@link AcceptAfterCloseRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(AcceptAfterCloseRegistry::new);
        }
    }
}
