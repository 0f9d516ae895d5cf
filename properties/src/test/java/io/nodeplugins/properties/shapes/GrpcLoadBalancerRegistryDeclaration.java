package io.nodeplugins.properties.shapes;

import io.grpc.LoadBalancerProvider;
import io.grpc.LoadBalancerRegistry;
import io.nodeplugins.properties.adapter.NamedDeclaration;
import io.nodeplugins.properties.adapter.Shape;

/**
 * gRPC's own {@link LoadBalancerRegistry} through the priority-provider shape, untouched: the suite
 * registers a {@link PluginLoadBalancerProvider} per plugin (policy name = key), deregisters it to
 * close, and reads {@code getProvider(policy)}, null on a miss. Priority semantics (highest wins, ties
 * to the first registered, as its {@code register} documents); removal; keys: any non-blank string
 * (the registry matches policy names exactly, whatever they are).
 */
public final class GrpcLoadBalancerRegistryDeclaration extends NamedDeclaration {

    /** Declares the registry. */
    public GrpcLoadBalancerRegistryDeclaration() {
        super(Shape.<LoadBalancerRegistry, LoadBalancerProvider>priorityProviders(LoadBalancerRegistry::new,
                        PluginLoadBalancerProvider::new, PluginLoadBalancerProvider::pluginOf)
                .register(LoadBalancerRegistry::register)
                .deregister(LoadBalancerRegistry::deregister)
                .best(LoadBalancerRegistry::getProvider)
                .declare("gRPC LoadBalancerRegistry"));
    }
}
