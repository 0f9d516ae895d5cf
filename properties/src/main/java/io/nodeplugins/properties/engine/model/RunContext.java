package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The state of one run of commands against a real registry: the registry under test, the
 * registration handles created so far (by registration number), the subscriptions (by subscription
 * number) and the futures of async waits (by waiter number). Thread-safe, so parallel runners can share one context between threads.
 */
public final class RunContext {

    private final PluginRegistry<String, Plugin> registry;
    private final Features features;
    private final ConcurrentMap<Integer, Registration<String, Plugin>> handles = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, EventRecorder> subscriptions = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, CompletableFuture<Plugin>> waiters = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, Plugin> plugins = new ConcurrentHashMap<>();

    /**
     * Creates a context for a fresh registry that offers what the reference offers.
     *
     * @param registry the registry under test
     */
    public RunContext(PluginRegistry<String, Plugin> registry) {
        this(registry, Features.REFERENCE);
    }

    /**
     * Creates a context for a fresh registry.
     *
     * @param registry the registry under test
     * @param features what it offers
     */
    public RunContext(PluginRegistry<String, Plugin> registry, Features features) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.features = Objects.requireNonNull(features, "features");
    }

    /**
     * Returns what the registry under test offers.
     *
     * @return the features
     */
    public Features features() {
        return features;
    }

    /**
     * Returns the registry under test.
     *
     * @return the registry
     */
    public PluginRegistry<String, Plugin> registry() {
        return registry;
    }

    /**
     * Returns the handles of successful registrations, by registration number.
     *
     * @return the live view (thread-safe)
     */
    public Map<Integer, Registration<String, Plugin>> handles() {
        return handles;
    }

    /**
     * Returns the recorders of successful subscriptions, by subscription number.
     *
     * @return the live view (thread-safe)
     */
    public Map<Integer, EventRecorder> subscriptions() {
        return subscriptions;
    }

    /**
     * Returns the futures of {@link AwaitAsync} calls, by waiter number.
     *
     * @return the live view (thread-safe)
     */
    public Map<Integer, CompletableFuture<Plugin>> waiters() {
        return waiters;
    }

    /** Cancels every future still pending, so that nothing outlives the run; idempotent. */
    public void cancelPendingWaiters() {
        waiters.values().forEach(f -> f.cancel(false));
    }

    /**
     * Returns the plugin instance of registration {@code registration}, made by {@code make} the
     * first time it is asked for: by its own register, or by a later one that registers the same
     * instance again (whichever runs first, in a parallel run).
     *
     * @param registration the registration that owns the instance
     * @param make         makes the instance
     * @return the one instance of that registration
     */
    public Plugin plugin(int registration, java.util.function.Supplier<Plugin> make) {
        return plugins.computeIfAbsent(registration, r -> make.get());
    }
}
