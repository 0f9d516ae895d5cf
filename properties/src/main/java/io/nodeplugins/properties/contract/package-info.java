/**
 * The registry contract as JUnit 5 classes a registry's build extends with one factory method:
 * {@link io.nodeplugins.properties.contract.UnitContract},
 * {@link io.nodeplugins.properties.contract.SequentialContract},
 * {@link io.nodeplugins.properties.contract.ParallelContract} and
 * {@link io.nodeplugins.properties.contract.LincheckContract}. Every check names its clauses with
 * {@code @Clauses}, read through {@link io.nodeplugins.properties.contract.DeclaredClauses}.
 */
package io.nodeplugins.properties.contract;
