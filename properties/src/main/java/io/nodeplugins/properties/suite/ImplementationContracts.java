package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.contract.LincheckContract;
import io.nodeplugins.properties.contract.ParallelContract;
import io.nodeplugins.properties.contract.SequentialContract;
import io.nodeplugins.properties.contract.UnitContract;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.util.Map;
import java.util.Optional;

/**
 * The four contracts of the kit applied to the implementation under test, which the system
 * property {@value NodeRegistryFactory#PROPERTY} names (the reference when unset): what the main job
 * runs, exactly as a driver's build would with its own one-line subclasses. Each class is a column
 * of the report ({@link #suiteOf}). Thread-safe.
 */
public final class ImplementationContracts {

    /** Which report column each contract fills. */
    static final Map<Class<?>, Suite> SUITES = Map.of(Unit.class, Suite.UNIT, Sequential.class, Suite.SEQUENTIAL,
            Parallel.class, Suite.PARALLEL, Lincheck.class, Suite.LINCHECK);

    private static volatile Resolved resolved;

    private ImplementationContracts() {
    }

    /** The factory last resolved, by the name it was resolved from. */
    private record Resolved(String name, NodeRegistryFactory factory) {
    }

    /**
     * Returns the factory of the implementation under test; loaded once per name, since Lincheck
     * asks for it on every invocation.
     *
     * @return the factory
     */
    static NodeRegistryFactory underTest() {
        String name = System.getProperty(NodeRegistryFactory.PROPERTY, "").trim();
        Resolved r = resolved;
        if (r == null || !r.name().equals(name)) {
            r = new Resolved(name, NodeRegistryFactory.fromSystemProperty());
            resolved = r;
        }
        return r.factory();
    }

    /**
     * Returns the report column of a test class: the contract that encloses or is it.
     *
     * @param testClass the class a test ran in (a contract, or a nested clause class of one)
     * @return the column, if the class belongs to one of the contracts here
     */
    static Optional<Suite> suiteOf(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Suite suite = SUITES.get(c);
            if (suite != null) {
                return Optional.of(suite);
            }
        }
        return Optional.empty();
    }

    /** The clause unit tests of the implementation under test. */
    public static final class Unit extends UnitContract {
        @Override
        protected NodeRegistryFactory factory() {
            return underTest();
        }
    }

    /** The sequential properties of the implementation under test. */
    public static final class Sequential extends SequentialContract {
        @Override
        protected NodeRegistryFactory factory() {
            return underTest();
        }
    }

    /** The parallel properties of the implementation under test. */
    public static final class Parallel extends ParallelContract {
        @Override
        protected NodeRegistryFactory factory() {
            return underTest();
        }
    }

    /** Lincheck on the implementation under test. */
    public static final class Lincheck extends LincheckContract {
        /** Creates the state of one Lincheck invocation. */
        public Lincheck() {
        }

        @Override
        protected NodeRegistryFactory factory() {
            return underTest();
        }
    }
}
