/**
 * The core both engines share: a {@link io.nodeplugins.properties.engine.core.Property} (generator,
 * trial, shrinker, renderer), the one seed loop ({@link io.nodeplugins.properties.engine.core.PropertyRunner},
 * {@link io.nodeplugins.properties.engine.core.Seeds}), replay commands, bounded execution on worker
 * threads with deadlines ({@link io.nodeplugins.properties.engine.core.Workers}), the result and its
 * report, failure signatures, and the effort model ({@link io.nodeplugins.properties.engine.core.Effort},
 * {@link io.nodeplugins.properties.engine.core.Settings}).
 */
package io.nodeplugins.properties.engine.core;
