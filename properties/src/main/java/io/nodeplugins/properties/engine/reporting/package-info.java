/**
 * Reporting: a failing scenario as numbered Java steps
 * ({@link io.nodeplugins.properties.engine.reporting.StepsRenderer}) or as threads in columns with the
 * checker's explanation ({@link io.nodeplugins.properties.engine.reporting.HistoryRenderer}).
 */
package io.nodeplugins.properties.engine.reporting;
