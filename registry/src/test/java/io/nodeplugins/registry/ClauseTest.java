package io.nodeplugins.registry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The common fixture of the clause tests: a fresh registry of the implementation under test
 * ({@link RegistryUnderTest}) for every test, closed afterwards. Plugins are strings, so that a
 * failure message shows them.
 */
@ExtendWith(RegistryUnderTest.class)
abstract class ClauseTest {

    NodeRegistryFactory factory;
    PluginRegistry<String, String> registry;
    private final List<PluginRegistry<?, ?>> created = new ArrayList<>();

    @BeforeEach
    void createRegistry(NodeRegistryFactory factory) {
        this.factory = factory;
        this.registry = newRegistry();
    }

    @AfterEach
    void closeRegistries() {
        created.forEach(PluginRegistry::close);
    }

    /** A further registry of the implementation under test, closed after the test. */
    PluginRegistry<String, String> newRegistry() {
        PluginRegistry<String, String> r = factory.create();
        created.add(r);
        return r;
    }

    /**
     * Starts a thread named "waiter" that calls {@code registry.await(key, timeout)} and stores
     * what it returned or threw in {@code outcome} (an InterruptedException only if it also cleared
     * the interrupt status, as usual).
     */
    Thread startWaiter(String key, Duration timeout, AtomicReference<Object> outcome) {
        Thread waiter = new Thread(() -> {
            try {
                outcome.set(registry.await(key, timeout));
            } catch (InterruptedException e) {
                outcome.set(Thread.currentThread().isInterrupted()
                        ? new AssertionError("await threw InterruptedException but left the interrupt status set", e) : e);
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "waiter");
        waiter.setDaemon(true);
        waiter.start();
        return waiter;
    }

    /** Runs {@code rounds} fresh-registry rounds of a racy scenario and stops at the first failure. */
    void rounds(int rounds, Round round) throws Exception {
        for (int i = 0; i < rounds; i++) {
            try (PluginRegistry<String, String> r = factory.create()) {
                String failure = round.run(r, i);
                if (failure != null) {
                    throw new AssertionError("round " + (i + 1) + " of " + rounds + " against " + factory + ": "
                            + failure);
                }
            }
        }
    }

    /** One round of a racy scenario: returns null when it held, else what went wrong. */
    @FunctionalInterface
    interface Round {
        String run(PluginRegistry<String, String> registry, int round) throws Exception;
    }
}
