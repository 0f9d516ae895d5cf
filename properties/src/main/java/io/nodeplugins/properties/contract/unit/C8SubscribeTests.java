package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.Registration;
import io.nodeplugins.registry.Subscription;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.nodeplugins.registry.PluginEvent.current;
import static io.nodeplugins.registry.PluginEvent.initial;
import static io.nodeplugins.registry.PluginEvent.removed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * C8 subscribe: the current state first, then every later change, per key in order, none lost or
 * repeated; throwing and re-entrant listeners are harmless; unsubscribing stops delivery.
 */
@Clauses(Clause.C8)
@Requires(Feature.SUBSCRIBE)
public abstract class C8SubscribeTests extends ClauseTests {

    private final List<PluginEvent<String, String>> events = new CopyOnWriteArrayList<>();

    @Test
    @Requires(value = Feature.REMOVAL, semantics = Semantics.STACKING)
    public void aListenerGetsTheCurrentStateThenEveryChangeInOrder() {
        registry.register(key(1), "a");
        registry.register(key(2), "b-v1");
        Registration<String, String> b2 = registry.register(key(2), "b-v2");

        registry.subscribe(events::add);
        assertThat(events).containsExactlyInAnyOrder(initial(key(1), "a"), initial(key(2), "b-v2"));
        events.clear();

        Registration<String, String> c = registry.register(key(3), "c");
        b2.close();
        c.close();
        Registration<String, String> a2 = registry.register(key(1), "a-v2");
        a2.close();

        assertThat(events).containsExactly(
                current(key(3), "c"),
                current(key(2), "b-v1"),
                removed(key(3)),
                current(key(1), "a-v2"),
                current(key(1), "a"));
    }

    @Test
    @Requires(value = Feature.REMOVAL, semantics = {Semantics.STACKING, Semantics.REPLACE})
    public void closingAHiddenRegistrationSendsNoEvent() {
        Registration<String, String> v1 = registry.register(key(1), "v1");
        registry.register(key(1), "v2");
        registry.subscribe(events::add);

        v1.close();

        assertThat(events).containsExactly(initial(key(1), "v2"));
    }

    @Test
    @Requires(value = {Feature.SNAPSHOT, Feature.REMOVAL}, semantics = {Semantics.STACKING, Semantics.PRIORITY})
    public void applyingEveryEventRebuildsTheSnapshot() {
        Map<String, String> mirror = new HashMap<>();
        registry.register(key(1), "a");
        registry.subscribe(e -> e.applyTo(mirror));
        Registration<String, String> b = registry.register(key(2), "b");
        registry.register(key(1), "a-v2").close();
        registry.register(key(3), "c");
        b.close();

        assertThat(mirror).isEqualTo(registry.snapshot()).isEqualTo(Map.of(key(1), "a", key(3), "c"));
    }

    @Test
    @Requires(Feature.REMOVAL)
    public void aThrowingListenerHarmsNeitherTheRegistryNorOtherListenersAndStaysSubscribed() {
        AtomicInteger thrownOn = new AtomicInteger();
        registry.subscribe(e -> {
            thrownOn.incrementAndGet();
            throw new IllegalStateException("listener bug (expected by this test)");
        });
        registry.subscribe(events::add);

        Registration<String, String> a = registry.register(key(1), "a");
        a.close();

        assertThat(events).containsExactly(current(key(1), "a"), removed(key(1)));
        assertThat(thrownOn).as("calls to the throwing listener").hasValue(2);
        assertThat(state()).isEqualTo(emptyState());
    }

    @Test
    @Requires({Feature.SNAPSHOT, Feature.REMOVAL})
    public void aListenerMayCallTheRegistryWithoutDeadlock() {
        List<Registration<String, String>> fromListener = new CopyOnWriteArrayList<>();
        List<Map<String, String>> seenSnapshots = new CopyOnWriteArrayList<>();
        registry.subscribe(e -> {
            events.add(e);
            seenSnapshots.add(registry.snapshot());
            registry.lookup(e.key());
            if (e.equals(current(key(1), "a"))) {
                fromListener.add(registry.register(key(2), "registered-by-listener"));
            }
        });

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            registry.register(key(1), "a");
            fromListener.get(0).close();
        }, "a listener that registers from inside onEvent deadlocked the registry");

        assertThat(events).containsExactly(
                current(key(1), "a"),
                current(key(2), "registered-by-listener"),
                removed(key(2)));
        assertThat(registry.snapshot()).isEqualTo(Map.of(key(1), "a"));
        assertThat(seenSnapshots).isNotEmpty();
        assertThat(seenSnapshots).as("one snapshot per event, each taken inside onEvent: the change an event"
                + " announces is already visible to the listener").hasSize(3)
                .allSatisfy(seen -> assertThat(seen).containsEntry(key(1), "a"));
    }

    /**
     * An event caused from inside {@code onEvent} is delivered after that call returns, never nested
     * inside it: a listener is never called re-entrantly, so it sees its events in order and its own
     * state is consistent when the next one arrives.
     */
    @Test
    public void eventsCausedInsideOnEventArriveAfterItReturnsNotNestedInIt() {
        java.util.concurrent.atomic.AtomicInteger depth = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger deepest = new java.util.concurrent.atomic.AtomicInteger();
        registry.subscribe(e -> {
            deepest.accumulateAndGet(depth.incrementAndGet(), Math::max);
            try {
                events.add(e);
                if (e.equals(current(key(1), "a"))) {
                    registry.register(key(2), "registered-by-listener");
                }
            } finally {
                depth.decrementAndGet();
            }
        });

        registry.register(key(1), "a");

        assertThat(events).containsExactly(current(key(1), "a"), current(key(2), "registered-by-listener"));
        assertThat(deepest.get()).as("onEvent calls in progress at once on the listener: 1 unless re-entered").isOne();
    }

    @Test
    public void unsubscribingStopsDelivery() {
        Subscription subscription = registry.subscribe(events::add);
        registry.register(key(1), "a");

        subscription.close();
        subscription.close(); // idempotent
        registry.register(key(2), "b");

        assertThat(events).containsExactly(current(key(1), "a"));
    }

    /**
     * After unsubscribing on one thread, another thread's writes neither block nor reach the
     * listener. Catches an unsubscribe that never releases its lock.
     */
    @Test
    public void afterUnsubscribingAnotherThreadsWritesNeitherBlockNorReachTheListener() throws Exception {
        Subscription subscription = registry.subscribe(events::add);
        registry.register(key(1), "a");
        subscription.close();
        int seen = events.size();

        TestThreads.Returned registered = TestThreads.onAnotherThread("register after unsubscribe",
                () -> registry.register(key(2), "b"));
        assertThat(registered.thrown()).isNull();
        if (features.offers(Feature.REMOVAL)) {
            assertThat(TestThreads.onAnotherThread("close after unsubscribe", () -> {
                ((Registration<?, ?>) registered.value()).close();
                return null;
            }).thrown()).isNull();
        }
        assertThat(events).as("events after unsubscribing").hasSize(seen);
    }

    @Test
    public void aListenerMayUnsubscribeItselfFromInsideOnEvent() {
        List<Subscription> self = new ArrayList<>();
        self.add(registry.subscribe(e -> {
            events.add(e);
            self.get(0).close();
        }));

        registry.register(key(1), "a");
        registry.register(key(2), "b");

        assertThat(events).containsExactly(current(key(1), "a"));
    }

    /**
     * Unsubscribing stops delivery even of events already caused: a listener that registers another
     * key inside {@code onEvent} (its event waits until {@code onEvent} returns) and then unsubscribes
     * never receives that event. A registry that drains a listener's queue without looking at its
     * subscription again delivers it after the unsubscribe.
     */
    @Test
    public void eventsQueuedWhenAListenerUnsubscribesAreNeverDelivered() {
        List<Subscription> self = new ArrayList<>();
        self.add(registry.subscribe(e -> {
            events.add(e);
            if (e.key().equals(key(1))) {
                registry.register(key(2), "b"); // caused now, delivered only after this call returns
                self.get(0).close();
            }
        }));

        registry.register(key(1), "a");

        assertThat(registry.lookup(key(2))).as("the listener's own registration").contains("b");
        assertThat(events).as("events after unsubscribing").containsExactly(current(key(1), "a"));
    }

    /**
     * Catches SubscriptionGapRegistry: a subscription made while another thread registers must see
     * every key, either in the replay or as a live event, exactly once.
     */
    @Test
    @Requires(Feature.SNAPSHOT)
    public void aSubscriptionDuringWritesLosesAndRepeatsNothing() throws Exception {
        List<String> keys = keys(6);
        rounds(300, (r, round) -> {
            Map<String, String> mirror = new ConcurrentHashMap<>();
            List<PluginEvent<String, String>> received = new CopyOnWriteArrayList<>();
            TestThreads.runTogether(2, t -> {
                if (t == 0) {
                    for (int i = 0; i < keys.size(); i++) {
                        r.register(keys.get(i), "plugin-" + i);
                    }
                } else {
                    r.subscribe(e -> {
                        received.add(e);
                        e.applyTo(mirror);
                    });
                }
            });
            if (!mirror.equals(r.snapshot())) {
                return "a listener subscribed during registrations mirrors " + mirror + " but the registry holds "
                        + r.snapshot() + "; events received: " + received;
            }
            if (received.size() != keys.size()) {
                return "expected one event per key, received " + received;
            }
            return null;
        });
    }
}
