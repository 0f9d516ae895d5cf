/**
 * The main job: {@link io.nodeplugins.properties.suite.SuiteMain} runs jcstress and the kit's four
 * contracts against one implementation and writes one report.
 */
package io.nodeplugins.properties.suite;
