package io.nodeplugins.registry;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;

/**
 * Makes node registries for the test suites: the jcstress tests, the properties and the main job
 * take the implementation under test as the name of a class implementing this interface, with a
 * public no-argument constructor. Implementations must be thread-safe; each {@link #create()} call
 * returns a new, empty registry.
 */
@FunctionalInterface
public interface NodeRegistryFactory {

    /** The system property that names the factory of the implementation under test. */
    String PROPERTY = "nodeplugins.factory";

    /**
     * Creates a new, empty node registry.
     *
     * @param <P> the plugin type
     * @return the registry; never null
     */
    <P> PluginRegistry<String, P> create();

    /**
     * Returns the factory of the reference registry ({@link PluginRegistries#forNodes()}).
     *
     * @return the reference factory
     */
    static NodeRegistryFactory reference() {
        return new Reference();
    }

    /**
     * Returns the factory named by the system property {@value #PROPERTY}, or the reference one
     * when it is unset or blank.
     *
     * @return the factory under test
     * @throws IllegalArgumentException if the named class cannot be used, saying why
     */
    static NodeRegistryFactory fromSystemProperty() {
        String name = System.getProperty(PROPERTY, "").trim();
        return name.isEmpty() ? reference() : load(name);
    }

    /**
     * Loads a factory by class name and checks that it makes a registry.
     *
     * @param className the binary name of a class implementing this interface
     * @return the factory
     * @throws IllegalArgumentException if the class is missing, does not implement this interface,
     *                                  cannot be instantiated, or its first {@code create()} throws
     *                                  or returns null; the message says which and what to do
     */
    static NodeRegistryFactory load(String className) {
        Objects.requireNonNull(className, "className");
        Class<?> type;
        try {
            type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("registry factory class '" + className + "' was not found on the "
                    + "class path: check the name (binary name, e.g. com.example.MyFactory) and add its jar", e);
        }
        if (!NodeRegistryFactory.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("class '" + className + "' does not implement "
                    + NodeRegistryFactory.class.getName() + ": write a small factory class whose create() returns "
                    + "a new registry");
        }
        NodeRegistryFactory factory;
        try {
            factory = (NodeRegistryFactory) type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("registry factory '" + className
                    + "' has no public no-argument constructor: add one", e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("registry factory '" + className + "' threw in its constructor: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("registry factory '" + className + "' cannot be instantiated: " + e
                    + " (it must be a public, non-abstract class with a public no-argument constructor)", e);
        }
        PluginRegistry<String, Object> probe;
        try {
            probe = factory.create();
        } catch (RuntimeException | Error e) {
            throw new IllegalArgumentException("registry factory '" + className + "' threw from create(): " + e
                    + "; the implementation under test must construct without error", e);
        }
        if (probe == null) {
            throw new IllegalArgumentException("registry factory '" + className
                    + "' returned null from create(); it must return a new registry");
        }
        try {
            probe.close();
        } catch (UnsupportedOperationException e) {
            // a registry without a close lifecycle (an adapted driver registry that declares none)
        }
        return factory;
    }

    /** The reference registry's factory. */
    final class Reference implements NodeRegistryFactory {
        /** Creates the factory. */
        public Reference() {
        }

        @Override
        public <P> PluginRegistry<String, P> create() {
            return PluginRegistries.forNodes();
        }

        @Override
        public String toString() {
            return "reference (" + ConcurrentPluginRegistry.class.getSimpleName() + ")";
        }
    }
}
