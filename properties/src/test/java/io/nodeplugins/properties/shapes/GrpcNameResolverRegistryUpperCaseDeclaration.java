package io.nodeplugins.properties.shapes;

import io.grpc.NameResolverProvider;
import io.grpc.NameResolverRegistry;
import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;
import io.nodeplugins.properties.features.KeySpace;

import java.util.List;

/**
 * gRPC's {@link NameResolverRegistry} declared exactly as {@link GrpcNameResolverRegistryDeclaration},
 * but over {@link #UPPER_CASE_SCHEMES}: schemes that RFC 3986 allows (case-insensitive, lower case
 * canonical) and that {@code NameResolverProvider.getScheme} only asks against ("should be
 * lower-case"), with no lower-case twin among them. Not a passing declaration:
 * {@code GrpcUpperCaseSchemeFindingTest} shows with it that such a provider registers and is never
 * found.
 */
public final class GrpcNameResolverRegistryUpperCaseDeclaration extends NamedDeclaration {

    /** Upper- and mixed-case schemes, none the lower case of another. */
    public static final KeySpace UPPER_CASE_SCHEMES = KeySpace.of(
            "URI schemes with upper-case letters (RFC 3986: case-insensitive; gRPC: should be lower-case)",
            List.of("DNS", "Xds"));

    /** Declares the registry. */
    public GrpcNameResolverRegistryUpperCaseDeclaration() {
        super(Shape.<NameResolverRegistry, NameResolverProvider>priorityProviders(NameResolverRegistry::new,
                        PluginNameResolverProvider::new, PluginNameResolverProvider::pluginOf)
                .register(NameResolverRegistry::register)
                .deregister(NameResolverRegistry::deregister)
                .best(NameResolverRegistry::getProviderForScheme)
                .keys(UPPER_CASE_SCHEMES)
                .declare("gRPC NameResolverRegistry, upper-case schemes"));
    }
}
