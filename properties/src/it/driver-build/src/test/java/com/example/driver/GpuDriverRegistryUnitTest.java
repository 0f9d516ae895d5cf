package com.example.driver;

import io.nodeplugins.properties.contract.UnitContract;
import io.nodeplugins.registry.NodeRegistryFactory;

class GpuDriverRegistryUnitTest extends UnitContract {
    @Override
    protected NodeRegistryFactory factory() {
        return new DriverRegistries();
    }
}
