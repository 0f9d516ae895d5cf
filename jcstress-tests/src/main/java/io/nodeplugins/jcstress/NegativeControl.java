package io.nodeplugins.jcstress;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a jcstress test as a negative control: the same actors as the test beside it, run against a
 * known-faulty registry, with the faulty outcome graded {@code ACCEPTABLE_INTERESTING}. The verdict
 * check ({@code io.nodeplugins.jcstress.verdict.JcstressVerdict}) fails the build unless every
 * control observed at least one interesting outcome, that is, unless the test caught the bug.
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
