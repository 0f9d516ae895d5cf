package io.nodeplugins.properties;

import io.nodeplugins.registry.NodeRegistryFactory;

/**
 * The contract suite against the implementation under test: the reference registry, or the one
 * whose factory {@code -Dnodeplugins.factory=...} names.
 */
class ReferenceRegistryContractTest extends PluginRegistryContract {

    @Override
    protected NodeRegistryFactory factory() {
        return NodeRegistryFactory.fromSystemProperty();
    }
}
