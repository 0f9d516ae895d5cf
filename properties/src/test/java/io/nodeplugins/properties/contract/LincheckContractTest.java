package io.nodeplugins.properties.contract;

import io.nodeplugins.registry.NodeRegistryFactory;

/** Lincheck against the implementation under test ({@code -Dnodeplugins.factory}, default the reference). */
public class LincheckContractTest extends LincheckContract {

    /** Creates the state of one Lincheck invocation. */
    public LincheckContractTest() {
    }

    @Override
    protected NodeRegistryFactory factory() {
        return NodeRegistryFactory.fromSystemProperty();
    }
}
