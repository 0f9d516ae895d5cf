/**
 * Known-faulty registries: each breaks exactly the clause its class's {@code @Clauses} names and is
 * otherwise correct; {@link io.nodeplugins.properties.faulty.FaultyRegistries#ALL} lists them. The
 * kit's meta-tests and the jcstress negative controls prove that every suite catches them.
 */
package io.nodeplugins.properties.faulty;
