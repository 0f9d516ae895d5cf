package com.example.driver;

import io.nodeplugins.registry.Registration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The driver's registry with the bug the kit exists to catch: a plugin's shutdown removes the
 * newest registration of its node name, not its own, so an old instance's late shutdown removes
 * its newer replacement (C3).
 *
 * @param <P> the plugin type
 */
public class RemoveByNameGpuDriverRegistry<P> extends GpuDriverRegistry<P> {

    private final Map<String, Deque<Registration<String, P>>> byName = new ConcurrentHashMap<>();

    @Override
    public Registration<String, P> register(String key, P plugin) {
        Registration<String, P> own = super.register(key, plugin);
        Deque<Registration<String, P>> live = byName.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (live) {
            live.push(own);
        }
        return new Registration<>() {
            @Override
            public String key() {
                return own.key();
            }

            @Override
            public P plugin() {
                return own.plugin();
            }

            @Override
            public boolean isActive() {
                return own.isActive();
            }

            @Override
            public void close() {
                synchronized (live) {
                    Registration<String, P> newest = live.poll(); // BUG: the newest, whoever shuts down
                    if (newest != null) {
                        newest.close();
                    }
                }
            }
        };
    }
}
