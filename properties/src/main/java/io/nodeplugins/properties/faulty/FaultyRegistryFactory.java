package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

import java.util.function.Supplier;

/**
 * The common shape of the faulty registries' {@code Factory} classes: a factory that calls one
 * constructor. Subclasses are nested in their registry class and named {@code Factory}. Thread-safe
 * (it keeps no state besides the constructor reference).
 */
public abstract class FaultyRegistryFactory implements NodeRegistryFactory {

    private final Supplier<? extends SimpleLockedRegistry<?>> constructor;

    /**
     * Creates a factory.
     *
     * @param constructor makes a new, empty registry
     */
    protected FaultyRegistryFactory(Supplier<? extends SimpleLockedRegistry<?>> constructor) {
        this.constructor = constructor;
    }

    @Override
    @SuppressWarnings("unchecked") // a new, empty registry holds no plugin, so any P fits
    public <P> PluginRegistry<String, P> create() {
        return (PluginRegistry<String, P>) constructor.get();
    }

    @Override
    public String toString() {
        Class<?> registry = getClass().getEnclosingClass();
        return registry == null ? getClass().getSimpleName() : registry.getSimpleName();
    }
}
