package io.nodeplugins.registry.faulty;

import io.nodeplugins.registry.NodeRegistryFactory;

/**
 * One known-faulty registry: the contract clause it breaks, its class name, its factory and its bug
 * in one line. Immutable.
 *
 * @param clause  the clause it violates, "C1".."C10"
 * @param name    the simple class name, e.g. "RemoveByKeyRegistry"
 * @param factory makes new instances of it
 * @param bug     what it does wrong, in one line
 */
public record FaultyRegistry(String clause, String name, NodeRegistryFactory factory, String bug) {

    /**
     * Returns the binary name of the factory class, as the system property
     * {@value NodeRegistryFactory#PROPERTY} expects it.
     *
     * @return e.g. {@code io.nodeplugins.registry.faulty.RemoveByKeyRegistry$Factory}
     */
    public String factoryClassName() {
        return factory.getClass().getName();
    }

    @Override
    public String toString() {
        return clause + " " + name;
    }
}
