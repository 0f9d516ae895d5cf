package io.nodeplugins.properties.adapter;

import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.RegistryDeclaration;
import io.nodeplugins.registry.PluginRegistry;

import java.util.Objects;

/**
 * A declaration under a class name of its own, so that {@code -Dnodeplugins.factory=} and the main
 * job's {@code --factory} can load it: a public subclass with a public no-argument constructor whose
 * constructor is only its {@link Shape} chain.
 *
 * <pre>{@code
 * public final class MyRegistryDeclaration extends NamedDeclaration {
 *     public MyRegistryDeclaration() {
 *         super(Shape.map(MyRegistry::new).put(MyRegistry::register)
 *                 .removeIfSame(MyRegistry::unregister).get(MyRegistry::get).declare("MyRegistry"));
 *     }
 * }
 * }</pre>
 *
 * Adds nothing to the declaration it takes over. Immutable and thread-safe.
 */
public abstract class NamedDeclaration implements RegistryDeclaration {

    private final RegistryDeclaration declared;

    /**
     * Takes over a declaration.
     *
     * @param declared a shape's declaration
     */
    protected NamedDeclaration(RegistryDeclaration declared) {
        this.declared = Objects.requireNonNull(declared, "declared");
    }

    @Override
    public final Features features() {
        return declared.features();
    }

    @Override
    public final <P> PluginRegistry<String, P> create() {
        return declared.create();
    }

    @Override
    public final String toString() {
        return declared.toString();
    }
}
