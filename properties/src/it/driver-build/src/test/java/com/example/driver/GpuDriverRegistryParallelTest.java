package com.example.driver;

import io.nodeplugins.properties.contract.ParallelContract;
import io.nodeplugins.registry.NodeRegistryFactory;

class GpuDriverRegistryParallelTest extends ParallelContract {
    @Override
    protected NodeRegistryFactory factory() {
        return new DriverRegistries();
    }
}
