package com.example.driver;

import io.nodeplugins.properties.contract.LincheckContract;
import io.nodeplugins.registry.NodeRegistryFactory;

public class GpuDriverRegistryLincheckTest extends LincheckContract {
    @Override
    protected NodeRegistryFactory factory() {
        return new DriverRegistries();
    }
}
