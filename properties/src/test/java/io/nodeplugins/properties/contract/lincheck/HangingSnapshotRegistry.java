package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.RegistryDeclaration;
import io.nodeplugins.registry.PluginRegistry;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A registry whose {@code snapshot()} never returns (it waits for a latch nobody counts down, until
 * interrupted): a real hang, which confirmation on real threads must reproduce.
 */
final class HangingSnapshotRegistry {

    private HangingSnapshotRegistry() {
    }

    /** The reentrant-lock registry with a snapshot that hangs. */
    static final class Declaration implements RegistryDeclaration {
        @Override
        public Features features() {
            return new ReentrantLockRegistry.Declaration().features();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <P> PluginRegistry<String, P> create() {
            PluginRegistry<String, P> inner = new ReentrantLockRegistry<>();
            return (PluginRegistry<String, P>) java.lang.reflect.Proxy.newProxyInstance(
                    PluginRegistry.class.getClassLoader(), new Class<?>[] {PluginRegistry.class}, (proxy, method, args) -> {
                        if (method.getName().equals("snapshot")) {
                            new CountDownLatch(1).await();
                            return Map.of();
                        }
                        try {
                            return method.invoke(inner, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public String toString() {
            return "HangingSnapshotRegistry";
        }
    }
}
