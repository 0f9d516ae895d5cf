/**
 * The clause unit tests, one abstract class per clause, run together by
 * {@link io.nodeplugins.properties.contract.UnitContract}.
 */
package io.nodeplugins.properties.contract.unit;
