package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.List;

/**
 * Violates <b>C2 newest wins</b>, and only C2: a registration reads the key's stack, builds the
 * new stack and writes it back in two separate critical sections (check, then act). Two concurrent
 * registrations of one key both read the same old stack and the second write drops the first
 * registration: its handle is live, but closing the newer one empties the key instead of revealing
 * it, and {@code size()} undercounts. Sequentially, and for distinct keys, it is correct.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C2)
public final class CheckThenActRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        Handle handle = new Handle(key, plugin);
        List<Handle> read;
        synchronized (lock) {
            checkOpenForRegistration(key);
            read = stacks.get(key);
        }
        List<Handle> written = stackWith(read, handle);
        Thread.yield(); // BUG (C2): another registration of this key may write here; it is overwritten below
        List<Waiter> released;
        synchronized (lock) {
            stacks.put(key, written);
            released = becameCurrent(key, plugin);
        }
        afterWrite(released, plugin);
        return handle;
    }

    /** Makes {@link CheckThenActRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(CheckThenActRegistry::new);
        }
    }
}
