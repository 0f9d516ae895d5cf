package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The registry Lincheck checks, for the duration of one check. Lincheck creates the operation
 * classes ({@link CoreOperations} and its subclasses) and the specification
 * ({@link RegistryModelSpecification}) itself, with their no-argument constructors, so they find the
 * factory, its features and its keys here. One check at a time: the contract's Lincheck tests must
 * not run concurrently. Thread-safe.
 */
public final class LincheckSubject {

    private static volatile NodeRegistryFactory factory;

    private LincheckSubject() {
    }

    /**
     * Runs {@code check} with {@code underTest} as the registry Lincheck creates.
     *
     * @param underTest the factory of the registry under test
     * @param check     the Lincheck check
     * @param <T>       what the check returns
     * @return what the check returned
     * @throws Exception what the check threw
     */
    public static <T> T with(NodeRegistryFactory underTest, Callable<T> check) throws Exception {
        synchronized (LincheckSubject.class) { // check and claim at once: a second check fails, never overlaps
            if (factory != null) {
                throw new IllegalStateException("a Lincheck check of " + Features.name(factory)
                        + " is already running: the"
                        + " contract's Lincheck tests run one at a time");
            }
            factory = underTest;
        }
        try {
            return check.call();
        } finally {
            factory = null;
        }
    }

    static NodeRegistryFactory factory() {
        NodeRegistryFactory f = factory;
        if (f == null) {
            throw new IllegalStateException("no Lincheck check is running: use LincheckSubject.with");
        }
        return f;
    }

    static Features features() {
        return Features.of(factory());
    }

    /** The two keys operations draw from: the key space's simplest, so that registrations collide. */
    static List<String> keys() {
        return features().keys().valid().subList(0, 2);
    }
}
