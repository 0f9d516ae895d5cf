package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Violates <b>C6 await</b> (a waiter gets its plugin as the registration takes effect, never before),
 * and only C6: {@code register} hands the plugin to the key's waiters first and publishes the
 * registration after, the "notify, then update" order of a hand-written wait list (complete the
 * futures, then put into the map). Code that runs when a wait completes (a {@code thenApply} on
 * the future, or the woken thread itself) can look the key up and find nothing: the plugin it was
 * just given is not registered yet for anyone else. Every call returns the right value, so only a
 * check that reads the registry from a waiter's completion sees it; found by the parallel await
 * property on the reference with this order, then written here.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C6)
public final class NotifyBeforePublishRegistry<P> extends SimpleLockedRegistry<P> {

    private final Map<String, List<Waiter>> linked = new HashMap<>(); // guarded by lock

    @Override
    protected void linkWaiter(Waiter waiter) {
        super.linkWaiter(waiter);
        linked.computeIfAbsent(waiter.key, k -> new ArrayList<>()).add(waiter);
    }

    @Override
    protected List<Handle> stackWith(List<Handle> stack, Handle handle) {
        List<Waiter> waiting = linked.remove(handle.key);
        if (waiting != null) {
            waiting.forEach(w -> w.complete(handle.plugin)); // BUG (C6): before the stack holds the handle
        }
        return super.stackWith(stack, handle);
    }

    /** Makes {@link NotifyBeforePublishRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(NotifyBeforePublishRegistry::new);
        }
    }
}
