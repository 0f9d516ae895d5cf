package io.nodeplugins.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the contract clauses something is about: the clauses a check checks (a unit test or its
 * class, a property, a Lincheck or jcstress test), the clause a known-faulty registry breaks, or
 * the clauses whose guards a benchmark measures. It is the only place a check names its clauses:
 * the main job, its report and the generated clause index ({@code CLAUSES.md}) read it, so a
 * clause is found everywhere by one search for {@code @Clauses(... C3 ...)}. On a method it takes
 * precedence over one on the method's class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Clauses {

    /**
     * The clauses, in contract order.
     *
     * @return at least one clause
     */
    Clause[] value();
}
