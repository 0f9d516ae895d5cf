package io.nodeplugins.properties.adapter;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.Prioritized;
import io.nodeplugins.registry.PluginListener;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;
import io.nodeplugins.registry.Subscription;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A driver's registry seen through {@code PluginRegistry}, as a {@link Shape} declares it: every call
 * goes straight to the driver's registry, with nothing of the suite's own in between (no lock, no
 * polling, no bookkeeping), so what the suite observes is the driver's registry. What the shape does
 * not declare throws {@link UnsupportedOperationException}; the suites never call it, since the
 * declared {@link Features} leave it out. Thread-safe as far as the driver's registry is.
 *
 * @param <R> the driver's registry type
 * @param <V> the type of what the driver's registry stores (the plugin itself, or a provider wrapping it)
 * @param <P> the plugin type
 */
final class AdaptedRegistry<R, V, P> implements PluginRegistry<String, P> {

    private final Shape<R, V> shape;
    private final R registry;

    AdaptedRegistry(Shape<R, V> shape, R registry) {
        this.shape = shape;
        this.registry = Objects.requireNonNull(registry, "the shape's registry supplier returned null");
    }

    @Override
    public Registration<String, P> register(String key, P plugin) {
        V stored = shape.wrap.wrap(key, plugin, Prioritized.of(plugin));
        shape.add.add(registry, key, stored);
        return new Handle(key, plugin, stored);
    }

    @Override
    public Optional<P> lookup(String key) {
        V found = shape.get.get(registry, key);
        return found == null ? Optional.empty() : Optional.of(unwrap(found));
    }

    @SuppressWarnings("unchecked") // the registry holds only what register stored for plugins of type P
    private P unwrap(V stored) {
        return (P) shape.unwrap.apply(stored);
    }

    @Override
    public P require(String key) {
        throw notOffered(Feature.REQUIRE);
    }

    @Override
    public P await(String key, Duration timeout) {
        throw notOffered(Feature.AWAIT);
    }

    @Override
    public CompletableFuture<P> awaitAsync(String key, Duration timeout) {
        throw notOffered(Feature.AWAIT_ASYNC);
    }

    @Override
    public Map<String, P> snapshot() {
        if (shape.snapshot == null) {
            throw notOffered(Feature.SNAPSHOT);
        }
        Map<String, P> copy = new LinkedHashMap<>();
        shape.snapshot.apply(registry).forEach((k, v) -> copy.put(k, unwrap(v)));
        return Map.copyOf(copy);
    }

    @Override
    public Subscription subscribe(PluginListener<String, P> listener) {
        throw notOffered(Feature.SUBSCRIBE);
    }

    @Override
    public int size() {
        if (shape.size == null) {
            throw notOffered(Feature.SIZE);
        }
        return shape.size.applyAsInt(registry);
    }

    @Override
    public int pendingWaiters() {
        throw notOffered(Feature.PENDING_WAITERS);
    }

    @Override
    public void close() {
        throw notOffered(Feature.CLOSE);
    }

    @Override
    public boolean isClosed() {
        throw notOffered(Feature.CLOSE);
    }

    private UnsupportedOperationException notOffered(Feature feature) {
        return new UnsupportedOperationException(shape.name + " does not offer " + feature.title()
                + " (its declaration leaves it out, so no suite should call it)");
    }

    @Override
    public String toString() {
        return shape.name + "[" + registry + "]";
    }

    /** A registration: closing it calls the shape's removal with the key and the stored value. */
    private final class Handle implements Registration<String, P> {
        private final String key;
        private final P plugin;
        private final V stored;

        Handle(String key, P plugin, V stored) {
            this.key = key;
            this.plugin = plugin;
            this.stored = stored;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public P plugin() {
            return plugin;
        }

        @Override
        public boolean isActive() {
            throw notOffered(Feature.HANDLE_STATE);
        }

        @Override
        public void close() {
            if (shape.remove == null) {
                throw notOffered(Feature.REMOVAL);
            }
            shape.remove.remove(registry, key, stored);
        }

        @Override
        public String toString() {
            return "registration of " + plugin + " for " + key;
        }
    }
}
