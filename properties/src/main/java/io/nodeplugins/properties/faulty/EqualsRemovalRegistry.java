package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.ArrayList;
import java.util.List;

/**
 * Violates <b>C3 handle-scoped removal</b>, and only C3: closing a registration removes the oldest
 * registration of the key whose plugin is <em>equal</em> to its own, as {@code List.remove(plugin)}
 * does, rather than that registration itself. With plugins that are values (records, strings,
 * data classes of the same configuration) a rolling update that registers an equal plugin around
 * another one has the wrong registration removed: after {@code register(n, a1)},
 * {@code register(n, b)}, {@code register(n, a2)} with {@code a1.equals(a2)}, closing {@code a2}
 * leaves {@code a2}'s entry current instead of revealing {@code b}. Plugins that are equal only to
 * themselves are removed exactly, so registries of such plugins, and a single registration per
 * value, never show it.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C3)
public final class EqualsRemovalRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected List<Handle> stackWithout(List<Handle> stack, Handle handle) {
        List<Handle> copy = new ArrayList<>(stack);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).plugin.equals(handle.plugin)) { // BUG (C3): by equality, not identity of the registration
                copy.remove(i);
                break;
            }
        }
        return List.copyOf(copy);
    }

    /** Makes {@link EqualsRemovalRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(EqualsRemovalRegistry::new);
        }
    }
}
