package io.nodeplugins.properties.shapes;

import io.grpc.LoadBalancer;
import io.grpc.LoadBalancerProvider;

import java.util.Objects;

/**
 * A gRPC {@link LoadBalancerProvider} that carries one of the suite's plugins, so that gRPC's own
 * {@code LoadBalancerRegistry} can be checked with the suite's commands: its policy name is the
 * suite's key and its priority the plugin's. It is always available and builds no load balancer.
 * Identity equality, as every {@code LoadBalancerProvider}. Immutable.
 */
public final class PluginLoadBalancerProvider extends LoadBalancerProvider {

    private final String policy;
    private final Object plugin;
    private final int priority;

    /**
     * Creates a provider for a plugin.
     *
     * @param policy   the policy name: the key the suite registers the plugin for
     * @param plugin   the suite's plugin
     * @param priority the provider's priority
     */
    public PluginLoadBalancerProvider(String policy, Object plugin, int priority) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.plugin = Objects.requireNonNull(plugin, "plugin");
        this.priority = priority;
    }

    /**
     * Returns the plugin a provider of this class carries.
     *
     * @param provider a provider that the registry returned
     * @return its plugin
     * @throws ClassCastException if gRPC returned a provider the suite did not register
     */
    public static Object pluginOf(LoadBalancerProvider provider) {
        return ((PluginLoadBalancerProvider) provider).plugin;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public int getPriority() {
        return priority;
    }

    @Override
    public String getPolicyName() {
        return policy;
    }

    /**
     * Builds nothing: the suite only registers, deregisters and looks up providers.
     *
     * @param helper unused
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public LoadBalancer newLoadBalancer(LoadBalancer.Helper helper) {
        throw new UnsupportedOperationException("a stand-in provider of plugin " + plugin + " builds no load balancer");
    }
}
