package io.nodeplugins.properties.contract;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the clauses a check declares with {@link Clauses}: on its method, else on its class or the
 * class's superclasses, else on the class that encloses it (a nested clause class of a contract).
 * The main job and the meta-tests read clauses only through here. Stateless.
 */
public final class DeclaredClauses {

    private DeclaredClauses() {
    }

    /**
     * Returns the clauses of a test method run as part of {@code testClass}.
     *
     * @param method    the test method (may be declared in a superclass of {@code testClass})
     * @param testClass the class the test ran in
     * @return the clauses, in contract order; empty if nothing declares any
     */
    public static Set<Clause> of(Method method, Class<?> testClass) {
        Set<Clause> own = of(method);
        return own.isEmpty() ? of(testClass) : own;
    }

    /**
     * Returns the clauses a class declares, looking through its superclasses and enclosing classes.
     *
     * @param type the class
     * @return the clauses, in contract order; empty if nothing declares any
     */
    public static Set<Clause> of(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            for (Class<?> s = c; s != null && s != Object.class; s = s.getSuperclass()) {
                Set<Clause> found = of((AnnotatedElement) s);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return EnumSet.noneOf(Clause.class);
    }

    private static Set<Clause> of(AnnotatedElement element) {
        Clauses clauses = element.getAnnotation(Clauses.class);
        Set<Clause> set = EnumSet.noneOf(Clause.class);
        if (clauses != null) {
            set.addAll(Arrays.asList(clauses.value()));
        }
        return set;
    }
}
