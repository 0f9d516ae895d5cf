package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Violates <b>C1 register</b>, and only C1: the registry loads its built-in plugins lazily, on the
 * first registration (as {@code ServiceLoader}-based registries load their providers on first
 * use), with an unsynchronised "if not loaded, load and install" check. Two first registrations
 * racing on a fresh registry each install a map of their own, and the later installation drops the
 * registration made into the earlier map: a {@code register} call returned a handle, yet its plugin
 * is not in the registry. Only the first registrations of a registry can race, so a long-lived
 * registry, a warmed-up test fixture and a single thread never see it; everything after loading is
 * the correct base.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C1)
public final class RacyLazyInitRegistry<P> extends SimpleLockedRegistry<P> {

    /** Installed until the first registration loads the real map; reads of it find nothing. */
    private final Map<String, List<Handle>> notLoaded;

    /** Creates an empty registry whose map is loaded on the first registration. */
    public RacyLazyInitRegistry() {
        this(Map.of());
    }

    private RacyLazyInitRegistry(Map<String, List<Handle>> notLoaded) {
        super(notLoaded);
        this.notLoaded = notLoaded;
    }

    @Override
    protected Registration<String, P> store(String key, P plugin) {
        if (stacks == notLoaded) { // BUG (C1): check-then-install without the lock
            Map<String, List<Handle>> loaded = new ConcurrentHashMap<>();
            loadBuiltInPlugins(loaded);
            stacks = loaded; // a concurrent first registration may already have stored into its own map
        }
        return super.store(key, plugin);
    }

    /** Where a real registry would add what {@code ServiceLoader} finds; there is none here. */
    private static void loadBuiltInPlugins(Map<String, ?> into) {
        Thread.yield(); // loading takes a while, as a class-path scan does
    }

    /** Makes {@link RacyLazyInitRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(RacyLazyInitRegistry::new);
        }
    }
}
