/**
 * The clause unit tests, one abstract class per clause (and for C2 and C3 one per further semantics),
 * run together by {@link io.nodeplugins.properties.contract.UnitContract}; each test needs what its
 * {@code @Requires} names.
 */
package io.nodeplugins.properties.contract.unit;
