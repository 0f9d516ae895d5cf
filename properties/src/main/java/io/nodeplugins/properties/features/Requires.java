package io.nodeplugins.properties.features;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a check needs of the registry under test: features it calls, and the semantics it assumes.
 * A check whose needs the registry's {@link Features} do not meet does not run and counts as
 * {@code n/a} for its clauses, never as a failure. On a method it adds to one on its class.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {

    /**
     * The features the check calls.
     *
     * @return the features; empty for none
     */
    Feature[] value() default {};

    /**
     * The semantics the check assumes.
     *
     * @return the semantics it runs under; empty for any
     */
    Semantics[] semantics() default {};
}
