package io.nodeplugins.properties.shapes;

import io.grpc.NameResolverProvider;
import io.grpc.NameResolverRegistry;
import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;
import io.nodeplugins.properties.features.KeySpace;

import java.util.List;

/**
 * gRPC's own {@link NameResolverRegistry} through the priority-provider shape, untouched: the suite
 * registers a {@link PluginNameResolverProvider} per plugin (scheme = key), deregisters it to close,
 * and reads {@code getProviderForScheme(scheme)}, null on a miss. Priority semantics; removal; keys:
 * {@link #SCHEMES}, the URI schemes gRPC documents ({@code NameResolverProvider.getScheme}: "The
 * scheme should be lower-case"; RFC 3986: a letter, then letters, digits, '+', '-', '.'). Upper-case
 * schemes are outside it: {@code GrpcUpperCaseSchemeFindingTest} shows what they do.
 */
public final class GrpcNameResolverRegistryDeclaration extends NamedDeclaration {

    /** Lower-case URI schemes, simplest first. */
    public static final KeySpace SCHEMES = KeySpace.of("URI schemes (RFC 3986, lower-case as gRPC asks)",
            List.of("a", "b", "dns", "unix-abstract", "google-c2p", "h2+tls.v1"));

    /** Declares the registry. */
    public GrpcNameResolverRegistryDeclaration() {
        super(Shape.<NameResolverRegistry, NameResolverProvider>priorityProviders(NameResolverRegistry::new,
                        PluginNameResolverProvider::new, PluginNameResolverProvider::pluginOf)
                .register(NameResolverRegistry::register)
                .deregister(NameResolverRegistry::deregister)
                .best(NameResolverRegistry::getProviderForScheme)
                .keys(SCHEMES)
                .declare("gRPC NameResolverRegistry"));
    }
}
