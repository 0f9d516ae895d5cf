/**
 * What {@link io.nodeplugins.properties.contract.LincheckContract} runs on: the operations Lincheck
 * calls, the sequential specification it checks them against, and its options.
 */
package io.nodeplugins.properties.contract.lincheck;
