package io.nodeplugins.jcstress;

import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

/**
 * The registry every non-control test runs against: the factory named by the system property
 * {@value NodeRegistryFactory#PROPERTY}, the reference when it is unset. jcstress runs each test in
 * forked JVMs, so the build passes the property to the forks ({@code -jvmArgs} or
 * {@code -jvmArgsPrepend}). Thread-safe: the factory is resolved once per JVM.
 */
public final class ImplementationUnderTest {

    // Resolved once: jcstress creates a registry for every sample, and load() probes the factory.
    private static final NodeRegistryFactory FACTORY = NodeRegistryFactory.fromSystemProperty();

    private ImplementationUnderTest() {
    }

    /**
     * Creates a new, empty registry of the implementation under test.
     *
     * @return the registry; thread-safe as far as the implementation is
     */
    public static PluginRegistry<String, NodePlugin> newRegistry() {
        return FACTORY.create();
    }

    /**
     * Returns what the implementation under test offers.
     *
     * @return its declared features, or the reference's
     */
    public static Features features() {
        return Features.of(FACTORY);
    }

    /**
     * Returns a readable name of the implementation under test, for reports.
     *
     * @return the factory's description
     */
    public static String describe() {
        return FACTORY.toString();
    }
}
