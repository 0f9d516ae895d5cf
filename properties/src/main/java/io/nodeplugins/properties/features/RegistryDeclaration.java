package io.nodeplugins.properties.features;

import io.nodeplugins.registry.NodeRegistryFactory;

/**
 * A registry under test that declares what it offers: a factory of registries (adapted to
 * {@code PluginRegistry}, with every operation it does not offer throwing
 * {@code UnsupportedOperationException}) and its {@link Features}. The contracts and the main job
 * accept one wherever they take a factory. The ready adapters ({@code io.nodeplugins.properties.adapter})
 * build declarations for common registry shapes. Implementations must be thread-safe; each
 * {@link #create()} returns a new, empty registry.
 */
public interface RegistryDeclaration extends NodeRegistryFactory {

    /**
     * Returns what the registries of this declaration offer.
     *
     * @return the features
     */
    Features features();
}
