package io.nodeplugins.registry;

/**
 * Factories for the reference registry. Every registry they return is thread-safe as documented
 * by {@link PluginRegistry}.
 */
public final class PluginRegistries {

    private PluginRegistries() {
    }

    /**
     * Creates a registry keyed by Kubernetes node names, which must be DNS-1123 subdomains
     * ({@link NodeNames}); an empty name is rejected with a message that the pod has probably not
     * been scheduled yet.
     *
     * @param <P> the plugin type
     * @return a new, empty registry
     */
    public static <P> PluginRegistry<String, P> forNodes() {
        return new ConcurrentPluginRegistry<>(NodeNames.RULE);
    }

    /**
     * Creates a registry whose keys must pass {@code keyRule}, for registries keyed by something
     * other than node names (driver names, device ids).
     *
     * @param keyRule the rule every key must pass
     * @param <K>     the key type
     * @param <P>     the plugin type
     * @return a new, empty registry
     */
    public static <K, P> PluginRegistry<K, P> withKeyRule(KeyRule<K> keyRule) {
        return new ConcurrentPluginRegistry<>(keyRule);
    }

    /**
     * Creates a registry that accepts any non-null key.
     *
     * @param <K> the key type
     * @param <P> the plugin type
     * @return a new, empty registry
     */
    public static <K, P> PluginRegistry<K, P> create() {
        return new ConcurrentPluginRegistry<>(KeyRule.anyKey());
    }
}
