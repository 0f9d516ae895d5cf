package io.nodeplugins.properties.contract;

import io.nodeplugins.registry.NodeRegistryFactory;

/** The clause unit tests against the implementation under test ({@code -Dnodeplugins.factory}, default the reference). */
class UnitContractTest extends UnitContract {

    @Override
    protected NodeRegistryFactory factory() {
        return NodeRegistryFactory.fromSystemProperty();
    }
}
