package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.util.Objects;

/**
 * One known-faulty registry: its class, the one contract clause it breaks (read from the class's
 * {@link Clauses} annotation), its factory and its bug in one line. Immutable.
 *
 * @param type    the faulty registry's class, annotated with the one clause it breaks
 * @param factory makes new instances of it
 * @param bug     what it does wrong, in one line
 */
public record FaultyRegistry(Class<?> type, NodeRegistryFactory factory, String bug) {

    /**
     * Checks that the class names exactly one clause.
     *
     * @param type    the class
     * @param factory its factory
     * @param bug     its bug
     * @throws IllegalArgumentException if {@code type} is not annotated with exactly one clause
     */
    public FaultyRegistry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(bug, "bug");
        Clauses clauses = type.getAnnotation(Clauses.class);
        if (clauses == null || clauses.value().length != 1) {
            throw new IllegalArgumentException(type.getName() + " must name the one clause it breaks with @Clauses");
        }
    }

    /**
     * Describes the faulty registry that {@code factory} makes: its class is the factory's
     * enclosing class.
     *
     * @param factory a faulty registry's nested {@code Factory}
     * @param bug     what the registry does wrong, in one line
     * @return the entry
     */
    public static FaultyRegistry of(FaultyRegistryFactory factory, String bug) {
        return new FaultyRegistry(factory.getClass().getEnclosingClass(), factory, bug);
    }

    /**
     * Describes the faulty registry that a declaration of a ready shape adapts: its class is the
     * declaration's enclosing class.
     *
     * @param declaration a faulty registry's nested {@code Declaration}
     * @param bug         what the registry does wrong, in one line
     * @return the entry
     */
    public static FaultyRegistry of(NamedDeclaration declaration, String bug) {
        return new FaultyRegistry(declaration.getClass().getEnclosingClass(), declaration, bug);
    }

    /**
     * Returns the clause this registry breaks.
     *
     * @return the clause its class's {@link Clauses} names
     */
    public Clause clause() {
        return type.getAnnotation(Clauses.class).value()[0];
    }

    /**
     * Returns the simple class name.
     *
     * @return e.g. "RemoveByKeyRegistry"
     */
    public String name() {
        return type.getSimpleName();
    }

    /**
     * Returns the binary name of the factory (or declaration) class, as the system property
     * {@value NodeRegistryFactory#PROPERTY} expects it.
     *
     * @return e.g. {@code io.nodeplugins.properties.faulty.RemoveByKeyRegistry$Factory}
     */
    public String factoryClassName() {
        return factory.getClass().getName();
    }

    @Override
    public String toString() {
        return clause() + " " + name();
    }
}
