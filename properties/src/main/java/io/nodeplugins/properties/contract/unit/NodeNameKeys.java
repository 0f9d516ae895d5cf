package io.nodeplugins.properties.contract.unit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a unit test whose keys are node names of its own choosing: names it sorts or counts, more
 * keys than a key space lists, or the node-name rules themselves. {@link NodeNameKeysCondition} runs
 * it only for a registry whose keys admit them; for the others it is {@code n/a}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface NodeNameKeys {

    /**
     * Whether the test checks the node-name rules themselves (DNS-1123 messages, the empty name of an
     * unscheduled pod): then only registries of node names run it; otherwise any registry of which
     * every node name is a key (node names, any non-blank string).
     *
     * @return true for the node-name rules
     */
    boolean rules() default false;
}
