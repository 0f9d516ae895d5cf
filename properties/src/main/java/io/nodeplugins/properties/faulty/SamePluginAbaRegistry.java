package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.List;

/**
 * Violates <b>C3 handle-scoped removal</b>, and only C3: a registration handle is a value, the key
 * and the plugin, not the registration itself, and closing it closes the key's newest live
 * registration of that plugin instance. As long as every registration has its own plugin that is
 * the same thing; when a plugin is registered, closed and registered again (a plugin that restarts
 * on the same socket path, which kubelet's plugin watcher identifies plugins by), the first
 * handle's late or repeated close finds the second registration and closes it: ABA. The first
 * handle also reports itself active again. Visible sequentially, but only with the same plugin
 * instance registered twice; distinct plugins are removed exactly.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C3)
public final class SamePluginAbaRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        super.store(key, plugin);
        return new PluginRegistration(key, plugin);
    }

    /** The newest live registration of exactly this plugin instance for the key, or null. */
    private Handle newestOf(String key, P plugin) {
        synchronized (lock) {
            List<Handle> stack = stacks.getOrDefault(key, List.of());
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).plugin == plugin) {
                    return stack.get(i);
                }
            }
            return null;
        }
    }

    /** A handle that names its registration by key and plugin. */
    private final class PluginRegistration implements Registration<String, P> {
        private final String key;
        private final P plugin;

        PluginRegistration(String key, P plugin) {
            this.key = key;
            this.plugin = plugin;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public P plugin() {
            return plugin;
        }

        @Override
        public boolean isActive() {
            return newestOf(key, plugin) != null;
        }

        @Override
        public void close() {
            Handle registration = newestOf(key, plugin); // BUG (C3): any registration of this plugin, not this one
            if (registration != null) {
                registration.close();
            }
        }

        @Override
        public String toString() {
            return "Registration[" + key + " -> " + plugin + "]";
        }
    }

    /** Makes {@link SamePluginAbaRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(SamePluginAbaRegistry::new);
        }
    }
}
