package io.nodeplugins.properties.shapes;

import io.grpc.NameResolver;
import io.grpc.NameResolverProvider;

import java.net.URI;
import java.util.Objects;

/**
 * A gRPC {@link NameResolverProvider} that carries one of the suite's plugins, so that gRPC's own
 * {@code NameResolverRegistry} can be checked with the suite's commands: its scheme
 * ({@link #getDefaultScheme()}, which {@code getScheme()} returns) is the suite's key and its
 * priority the plugin's. It is always available and builds no name resolver. Immutable.
 */
public final class PluginNameResolverProvider extends NameResolverProvider {

    private final String scheme;
    private final Object plugin;
    private final int priority;

    /**
     * Creates a provider for a plugin.
     *
     * @param scheme   the URI scheme: the key the suite registers the plugin for
     * @param plugin   the suite's plugin
     * @param priority the provider's priority
     */
    public PluginNameResolverProvider(String scheme, Object plugin, int priority) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
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
    public static Object pluginOf(NameResolverProvider provider) {
        return ((PluginNameResolverProvider) provider).plugin;
    }

    @Override
    protected boolean isAvailable() {
        return true;
    }

    @Override
    protected int priority() {
        return priority;
    }

    @Override
    public String getDefaultScheme() {
        return scheme;
    }

    /**
     * Builds nothing: the suite only registers, deregisters and looks up providers.
     *
     * @param targetUri unused
     * @param args      unused
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public NameResolver newNameResolver(URI targetUri, NameResolver.Args args) {
        throw new UnsupportedOperationException("a stand-in provider of plugin " + plugin + " builds no name resolver");
    }

    @Override
    public String toString() {
        return "PluginNameResolverProvider{scheme=" + scheme + ", priority=" + priority + ", plugin=" + plugin + "}";
    }
}
