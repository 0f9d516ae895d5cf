package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.KeySpace;
import io.nodeplugins.properties.features.RegistryDeclaration;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.PluginListener;
import io.nodeplugins.registry.PluginNotRegisteredException;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;
import io.nodeplugins.registry.Subscription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A correct registry written the way most hand-written ones are: one {@link ReentrantLock} around a
 * {@link HashMap}, taken by every read and every write (stacking semantics; register, close, lookup,
 * require, snapshot, size). Lincheck's model checker has reported livelocks in such registries
 * where no JVM can hang; the contract must pass it.
 *
 * @param <P> the plugin type
 */
public final class ReentrantLockRegistry<P> implements PluginRegistry<String, P> {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, List<Handle>> stacks = new HashMap<>();

    /** Its declaration: what it offers. */
    public static final class Declaration implements RegistryDeclaration {
        @Override
        public Features features() {
            return Features.of(Semantics.STACKING, KeySpace.NODE_NAMES).with(Feature.REMOVAL, Feature.HANDLE_STATE,
                    Feature.OPTIONAL_LOOKUP, Feature.REQUIRE, Feature.SNAPSHOT, Feature.SIZE);
        }

        @Override
        public <P> PluginRegistry<String, P> create() {
            return new ReentrantLockRegistry<>();
        }

        @Override
        public String toString() {
            return "ReentrantLockRegistry";
        }
    }

    @Override
    public Registration<String, P> register(String key, P plugin) {
        Handle handle = new Handle(key, plugin);
        lock.lock();
        try {
            stacks.computeIfAbsent(key, k -> new ArrayList<>()).add(handle);
        } finally {
            lock.unlock();
        }
        return handle;
    }

    @Override
    public Optional<P> lookup(String key) {
        lock.lock();
        try {
            List<Handle> stack = stacks.get(key);
            return stack == null ? Optional.empty() : Optional.of(stack.get(stack.size() - 1).plugin);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public P require(String key) {
        lock.lock();
        try {
            List<Handle> stack = stacks.get(key);
            if (stack == null) {
                throw PluginNotRegisteredException.notRegistered(key, new ArrayList<>(stacks.keySet()));
            }
            return stack.get(stack.size() - 1).plugin;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Map<String, P> snapshot() {
        lock.lock();
        try {
            Map<String, P> copy = new HashMap<>();
            stacks.forEach((k, stack) -> copy.put(k, stack.get(stack.size() - 1).plugin));
            return Map.copyOf(copy);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return stacks.values().stream().mapToInt(List::size).sum();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public P await(String key, Duration timeout) {
        throw new UnsupportedOperationException("await");
    }

    @Override
    public CompletableFuture<P> awaitAsync(String key, Duration timeout) {
        throw new UnsupportedOperationException("awaitAsync");
    }

    @Override
    public Subscription subscribe(PluginListener<String, P> listener) {
        throw new UnsupportedOperationException("subscribe");
    }

    @Override
    public int pendingWaiters() {
        throw new UnsupportedOperationException("pendingWaiters");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("close");
    }

    @Override
    public boolean isClosed() {
        throw new UnsupportedOperationException("isClosed");
    }

    private final class Handle implements Registration<String, P> {
        final String key;
        final P plugin;
        boolean live = true; // guarded by lock

        Handle(String key, P plugin) {
            this.key = key;
            this.plugin = plugin;
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
            lock.lock();
            try {
                return live;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                if (!live) {
                    return;
                }
                live = false;
                List<Handle> stack = stacks.get(key);
                stack.remove(this);
                if (stack.isEmpty()) {
                    stacks.remove(key);
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
