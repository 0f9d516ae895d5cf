package com.example.driver;

import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

/** The factory of the registry the build checks: {@code -Ddriver.registry=correct} (default) or {@code faulty}. */
public final class DriverRegistries implements NodeRegistryFactory {

    @Override
    public <P> PluginRegistry<String, P> create() {
        return "faulty".equals(System.getProperty("driver.registry")) ? new RemoveByNameGpuDriverRegistry<>()
                : new GpuDriverRegistry<>();
    }

    @Override
    public String toString() {
        return "GpuDriverRegistry (" + System.getProperty("driver.registry", "correct") + ")";
    }
}
