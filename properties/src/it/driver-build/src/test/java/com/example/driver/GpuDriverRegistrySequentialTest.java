package com.example.driver;

import io.nodeplugins.properties.contract.SequentialContract;
import io.nodeplugins.registry.NodeRegistryFactory;

class GpuDriverRegistrySequentialTest extends SequentialContract {
    @Override
    protected NodeRegistryFactory factory() {
        return new DriverRegistries();
    }
}
