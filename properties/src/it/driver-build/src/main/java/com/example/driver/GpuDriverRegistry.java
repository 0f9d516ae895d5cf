package com.example.driver;

import io.nodeplugins.registry.PluginListener;
import io.nodeplugins.registry.PluginRegistries;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;
import io.nodeplugins.registry.Subscription;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A driver's own node registry: the kit's reference registry behind a decorator that counts
 * registrations for the driver's metrics. Subclasses may change how a registration is removed.
 *
 * @param <P> the plugin type
 */
public class GpuDriverRegistry<P> implements PluginRegistry<String, P> {

    /** The registry the driver decorates. */
    protected final PluginRegistry<String, P> delegate = PluginRegistries.forNodes();
    private final AtomicLong registrations = new AtomicLong();

    @Override
    public Registration<String, P> register(String key, P plugin) {
        Registration<String, P> registration = delegate.register(key, plugin);
        registrations.incrementAndGet();
        return registration;
    }

    /** @return how many registrations were made */
    public long registrations() {
        return registrations.get();
    }

    @Override
    public Optional<P> lookup(String key) {
        return delegate.lookup(key);
    }

    @Override
    public P require(String key) {
        return delegate.require(key);
    }

    @Override
    public P await(String key, Duration timeout) throws InterruptedException {
        return delegate.await(key, timeout);
    }

    @Override
    public CompletableFuture<P> awaitAsync(String key, Duration timeout) {
        return delegate.awaitAsync(key, timeout);
    }

    @Override
    public Map<String, P> snapshot() {
        return delegate.snapshot();
    }

    @Override
    public Subscription subscribe(PluginListener<String, P> listener) {
        return delegate.subscribe(listener);
    }

    @Override
    public int size() {
        return delegate.size();
    }

    @Override
    public int pendingWaiters() {
        return delegate.pendingWaiters();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }
}
