package io.nodeplugins.properties.shapes;

import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;

/**
 * {@link ConcurrentMapRegistry} through the map shape: replace semantics, removal by
 * {@code unregister(node, plugin)} (conditional), {@code get} with null on a miss, any non-blank key.
 */
public final class ConcurrentMapRegistryDeclaration extends NamedDeclaration {

    /** Declares the registry. */
    public ConcurrentMapRegistryDeclaration() {
        super(Shape.map(ConcurrentMapRegistry<Object>::new)
                .put(ConcurrentMapRegistry::register)
                .removeIfSame(ConcurrentMapRegistry::unregister)
                .get(ConcurrentMapRegistry::get)
                .declare("ConcurrentMapRegistry"));
    }
}
