/**
 * What a registry under test offers: {@link io.nodeplugins.properties.features.Features} (its
 * {@link io.nodeplugins.properties.features.Semantics}, its
 * {@link io.nodeplugins.properties.features.Feature}s and its
 * {@link io.nodeplugins.properties.features.KeySpace}), declared by a
 * {@link io.nodeplugins.properties.features.RegistryDeclaration}, and the
 * {@link io.nodeplugins.properties.features.Requires} annotation by which a check names what it needs.
 */
package io.nodeplugins.properties.features;
