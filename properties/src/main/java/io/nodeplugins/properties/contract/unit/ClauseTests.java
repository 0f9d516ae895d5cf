package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.contract.ClauseFailures;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The common fixture of the clause unit tests: a fresh registry from {@link #factory()} for every
 * test, closed afterwards. Plugins are strings, so that a failure message shows them. The clause
 * test classes are abstract; {@link io.nodeplugins.properties.contract.UnitContract} runs them all
 * for one factory. Tests in one instance are not meant to run concurrently.
 */
@ExtendWith(ClauseFailures.class)
public abstract class ClauseTests {

    /** The factory of the registry under test, set before each test. */
    protected NodeRegistryFactory factory;
    /** A fresh registry of the implementation under test, created before each test. */
    protected PluginRegistry<String, String> registry;
    private final List<PluginRegistry<?, ?>> created = new ArrayList<>();

    /** Creates the fixture; subclasses supply the factory. */
    protected ClauseTests() {
    }

    /**
     * Returns the factory of the registry under test.
     *
     * @return the factory; each {@code create()} must return a new, empty registry
     */
    protected abstract NodeRegistryFactory factory();

    @BeforeEach
    void createRegistry() {
        this.factory = factory();
        this.registry = newRegistry();
    }

    @AfterEach
    void closeRegistries() {
        created.forEach(PluginRegistry::close);
    }

    /**
     * Returns a further registry of the implementation under test, closed after the test.
     *
     * @return a new, empty registry
     */
    protected PluginRegistry<String, String> newRegistry() {
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
