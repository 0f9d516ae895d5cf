package io.nodeplugins.properties.contract;

import io.nodeplugins.registry.NodeRegistryFactory;

/** The sequential properties against the implementation under test ({@code -Dnodeplugins.factory}, default the reference). */
class SequentialContractTest extends SequentialContract {

    @Override
    protected NodeRegistryFactory factory() {
        return NodeRegistryFactory.fromSystemProperty();
    }
}
