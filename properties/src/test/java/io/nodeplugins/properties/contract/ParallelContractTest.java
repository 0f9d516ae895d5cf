package io.nodeplugins.properties.contract;

import io.nodeplugins.registry.NodeRegistryFactory;

/** The parallel properties against the implementation under test ({@code -Dnodeplugins.factory}, default the reference). */
class ParallelContractTest extends ParallelContract {

    @Override
    protected NodeRegistryFactory factory() {
        return NodeRegistryFactory.fromSystemProperty();
    }
}
