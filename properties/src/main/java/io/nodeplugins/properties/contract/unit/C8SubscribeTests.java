package io.nodeplugins.properties.contract.unit;

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
public abstract class C8SubscribeTests extends ClauseTests {

    private final List<PluginEvent<String, String>> events = new CopyOnWriteArrayList<>();

    @Test
    public void aListenerGetsTheCurrentStateThenEveryChangeInOrder() {
        registry.register("worker-1", "a");
        registry.register("worker-2", "b-v1");
        Registration<String, String> b2 = registry.register("worker-2", "b-v2");

        registry.subscribe(events::add);
        assertThat(events).containsExactlyInAnyOrder(initial("worker-1", "a"), initial("worker-2", "b-v2"));
        events.clear();

        Registration<String, String> c = registry.register("worker-3", "c");
        b2.close();
        c.close();
        Registration<String, String> a2 = registry.register("worker-1", "a-v2");
        a2.close();

        assertThat(events).containsExactly(
                current("worker-3", "c"),
                current("worker-2", "b-v1"),
                removed("worker-3"),
                current("worker-1", "a-v2"),
                current("worker-1", "a"));
    }

    @Test
    public void closingAHiddenRegistrationSendsNoEvent() {
        Registration<String, String> v1 = registry.register("worker-1", "v1");
        registry.register("worker-1", "v2");
        registry.subscribe(events::add);

        v1.close();

        assertThat(events).containsExactly(initial("worker-1", "v2"));
    }

    @Test
    public void applyingEveryEventRebuildsTheSnapshot() {
        Map<String, String> mirror = new HashMap<>();
        registry.register("worker-1", "a");
        registry.subscribe(e -> e.applyTo(mirror));
        Registration<String, String> b = registry.register("worker-2", "b");
        registry.register("worker-1", "a-v2").close();
        registry.register("worker-3", "c");
        b.close();

        assertThat(mirror).isEqualTo(registry.snapshot()).isEqualTo(Map.of("worker-1", "a", "worker-3", "c"));
    }

    @Test
    public void aThrowingListenerHarmsNeitherTheRegistryNorOtherListenersAndStaysSubscribed() {
        AtomicInteger thrownOn = new AtomicInteger();
        registry.subscribe(e -> {
            thrownOn.incrementAndGet();
            throw new IllegalStateException("listener bug (expected by this test)");
        });
        registry.subscribe(events::add);

        Registration<String, String> a = registry.register("worker-1", "a");
        a.close();

        assertThat(events).containsExactly(current("worker-1", "a"), removed("worker-1"));
        assertThat(thrownOn).as("calls to the throwing listener").hasValue(2);
        assertThat(RegistryState.of(registry)).isEqualTo(RegistryState.empty());
    }

    @Test
    public void aListenerMayCallTheRegistryWithoutDeadlock() {
        List<Registration<String, String>> fromListener = new CopyOnWriteArrayList<>();
        List<Map<String, String>> seenSnapshots = new CopyOnWriteArrayList<>();
        registry.subscribe(e -> {
            events.add(e);
            seenSnapshots.add(registry.snapshot());
            registry.lookup(e.key());
            if (e.equals(current("worker-1", "a"))) {
                fromListener.add(registry.register("worker-2", "registered-by-listener"));
            }
        });

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            registry.register("worker-1", "a");
            fromListener.get(0).close();
        }, "a listener that registers from inside onEvent deadlocked the registry");

        assertThat(events).containsExactly(
                current("worker-1", "a"),
                current("worker-2", "registered-by-listener"),
                removed("worker-2"));
        assertThat(registry.snapshot()).isEqualTo(Map.of("worker-1", "a"));
        assertThat(seenSnapshots).isNotEmpty();
    }

    @Test
    public void unsubscribingStopsDelivery() {
        Subscription subscription = registry.subscribe(events::add);
        registry.register("worker-1", "a");

        subscription.close();
        subscription.close(); // idempotent
        registry.register("worker-2", "b");

        assertThat(events).containsExactly(current("worker-1", "a"));
    }

    @Test
    public void aListenerMayUnsubscribeItselfFromInsideOnEvent() {
        List<Subscription> self = new ArrayList<>();
        self.add(registry.subscribe(e -> {
            events.add(e);
            self.get(0).close();
        }));

        registry.register("worker-1", "a");
        registry.register("worker-2", "b");

        assertThat(events).containsExactly(current("worker-1", "a"));
    }

    /**
     * Catches SubscriptionGapRegistry: a subscription made while another thread registers must see
     * every key, either in the replay or as a live event, exactly once.
     */
    @Test
    public void aSubscriptionDuringWritesLosesAndRepeatsNothing() throws Exception {
        int keys = 6;
        rounds(300, (r, round) -> {
            Map<String, String> mirror = new ConcurrentHashMap<>();
            List<PluginEvent<String, String>> received = new CopyOnWriteArrayList<>();
            TestThreads.runTogether(2, t -> {
                if (t == 0) {
                    for (int i = 0; i < keys; i++) {
                        r.register("node-" + i, "plugin-" + i);
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
            if (received.size() != keys) {
                return "expected one event per key, received " + received;
            }
            return null;
        });
    }
}
