package io.nodeplugins.jcstress;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a jcstress test as a negative control: the same actors as the test beside it, run against a
 * known-faulty registry, with the faulty outcome graded {@code ACCEPTABLE_INTERESTING} under an
 * explicit id. The verdict check ({@code io.nodeplugins.jcstress.verdict.JcstressVerdict}) fails
 * the build unless every control observed at least one outcome such an id matches, that is, unless
 * the test caught the bug; what only an {@code @Outcome} without id grades does not count.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NegativeControl {

    /**
     * The faulty registry this control runs against.
     *
     * @return its class
     */
    Class<?> value();
}
