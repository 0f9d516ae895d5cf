package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.contract.ClauseFailures;
import io.nodeplugins.properties.contract.FeatureCondition;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.KeySpace;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common fixture of the clause unit tests: a fresh registry from {@link #factory()} for every
 * test, closed afterwards if the registry offers close, and the registry's {@link Features}. A test
 * names with {@code @Requires} the features it is about and the semantics its expectations hold
 * under ({@link FeatureCondition} skips it as {@code n/a} otherwise); what it only observes on the
 * side (the state, a handle's {@code isActive()}, {@code require}) it observes only where offered.
 * Plugins are strings, so that a failure message shows them. The clause test classes are abstract;
 * {@link io.nodeplugins.properties.contract.UnitContract} runs them all for one factory. Tests in
 * one instance are not meant to run concurrently.
 */
@ExtendWith({FeatureCondition.class, NodeNameKeysCondition.class, ClauseFailures.class})
public abstract class ClauseTests {

    /** The factory of the registry under test, set before each test. */
    protected NodeRegistryFactory factory;
    /** What the registry under test offers, set before each test from {@link Features#of}. */
    protected Features features;
    /** A fresh registry of the implementation under test, created before each test. */
    protected PluginRegistry<String, String> registry;
    private final List<PluginRegistry<?, ?>> created = new ArrayList<>();
    private final Map<Integer, String> keys = new HashMap<>();

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
        this.features = Features.of(factory);
        this.registry = newRegistry();
    }

    @AfterEach
    void closeRegistries() throws InterruptedException {
        if (features != null && features.offers(Feature.CLOSE)) {
            for (PluginRegistry<?, ?> r : created) {
                // On another thread, with a deadline: a registry that never releases its lock must fail the
                // test, not hang the build.
                TestThreads.Returned closed = TestThreads.onAnotherThread("close() after the test", () -> {
                    r.close();
                    return null;
                });
                if (closed.thrown() != null) {
                    throw new AssertionError("close() after the test threw " + closed.thrown(), closed.thrown());
                }
            }
        }
    }

    /**
     * Returns a further registry of the implementation under test, closed after the test if the
     * registry offers close.
     *
     * @param <P> the plugin type
     * @return a new, empty registry
     */
    protected <P> PluginRegistry<String, P> newRegistry() {
        PluginRegistry<String, P> r = factory.create();
        created.add(r);
        return r;
    }

    /**
     * Returns the test's key number {@code i}: the node name {@code "worker-i"} if every node name is
     * a key of the registry (node names, any non-blank string), else a valid key of its key space, a
     * different one for each number (in the order the test first asks). A test that asks for more
     * keys than such a key space lists is not applicable to it. Thread-safe.
     *
     * @param i the key's number, 0 or more
     * @return the key
     */
    protected String key(int i) {
        if (nodeNamesAreKeys(features.keys())) {
            return "worker-" + i;
        }
        synchronized (keys) { // listeners and racing threads may ask too
            return keys.computeIfAbsent(i, n -> {
                List<String> valid = features.keys().valid();
                if (keys.size() == valid.size()) {
                    throw new TestAbortedException(FeatureCondition.NOT_APPLICABLE + "the test needs more than the "
                            + valid.size() + " keys the registry's key space (" + features.keys().name() + ") lists");
                }
                return valid.get(keys.size());
            });
        }
    }

    /**
     * Returns {@code n} distinct keys, {@code "node-0"} to {@code "node-(n-1)"}, if every node name is
     * a key of the registry; else the first {@code n} valid keys of its key space, or all of them if it
     * lists fewer (for tests that need several keys, not a number of them).
     *
     * @param n how many keys
     * @return the keys, at least two
     */
    protected List<String> keys(int n) {
        if (nodeNamesAreKeys(features.keys())) {
            List<String> nodes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                nodes.add("node-" + i);
            }
            return nodes;
        }
        List<String> valid = features.keys().valid();
        return valid.subList(0, Math.min(n, valid.size()));
    }

    /** Whether every node name is a valid key of the key space: node names, or any non-blank string. */
    static boolean nodeNamesAreKeys(KeySpace keys) {
        return keys.equals(KeySpace.NODE_NAMES) || keys.equals(KeySpace.NON_BLANK);
    }

    /**
     * Returns what a caller can observe of the registry at rest, as far as it offers it.
     *
     * @return the state
     */
    protected RegistryState state() {
        return state(registry);
    }

    /**
     * Returns what a caller can observe of a registry of the implementation under test at rest.
     *
     * @param r the registry
     * @return the state, as far as the registry offers it
     */
    protected RegistryState state(PluginRegistry<String, ?> r) {
        return RegistryState.of(r, features);
    }

    /**
     * Returns the state of an empty registry without waiters, as far as the registry offers it.
     *
     * @return the state
     */
    protected RegistryState emptyState() {
        return RegistryState.empty(features);
    }

    /**
     * Returns the state a registry must show, as far as it offers it.
     *
     * @param snapshot       the current plugins
     * @param size           the live registrations (under replace semantics, the keys)
     * @param pendingWaiters the pending waiters
     * @return the state
     */
    protected RegistryState expectedState(Map<String, ?> snapshot, int size, int pendingWaiters) {
        return RegistryState.expected(snapshot, size, pendingWaiters, features);
    }

    /**
     * Checks {@code handle.isActive()} if the registry offers handle state.
     *
     * @param handle the registration
     * @param active whether it must be live
     */
    protected void assertActive(Registration<?, ?> handle, boolean active) {
        if (features.offers(Feature.HANDLE_STATE)) {
            assertThat(handle.isActive()).as("isActive() of " + handle).isEqualTo(active);
        }
    }

    /**
     * Starts a thread named "waiter" that calls {@code registry.await(key, timeout)} and stores
     * what it returned or threw in {@code outcome} (an InterruptedException only if it also cleared
     * the interrupt status, as usual). A test that calls it requires {@code AWAIT}.
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

    /**
     * Runs {@code rounds} fresh-registry rounds of a racy scenario and stops at the first failure;
     * each round's registry is closed afterwards if the registry offers close.
     */
    void rounds(int rounds, Round round) throws Exception {
        for (int i = 0; i < rounds; i++) {
            PluginRegistry<String, String> r = factory.create();
            String failure;
            try {
                failure = round.run(r, i);
            } finally {
                if (features.offers(Feature.CLOSE)) {
                    r.close();
                }
            }
            if (failure != null) {
                throw new AssertionError("round " + (i + 1) + " of " + rounds + " against " + Features.name(factory)
                        + ": "
                        + failure);
            }
        }
    }

    /** One round of a racy scenario: returns null when it held, else what went wrong. */
    @FunctionalInterface
    interface Round {
        String run(PluginRegistry<String, String> registry, int round) throws Exception;
    }
}
