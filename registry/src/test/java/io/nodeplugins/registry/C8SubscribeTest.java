package io.nodeplugins.registry;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C8 on the reference: a listener gets the state, then every change in order, on the thread that
 * made it, before that call returns; re-entrant calls are delivered after the current event; a
 * throwing listener is logged and stays subscribed; closing the subscription or the registry stops
 * delivery.
 */
@Clauses(Clause.C8)
class C8SubscribeTest {

    private final PluginRegistry<String, String> registry = PluginRegistries.forNodes();
    private final List<PluginEvent<String, String>> events = new ArrayList<>();

    @Test
    void aListenerGetsTheStateThenEveryVisibleChangeBeforeEachCallReturns() {
        Registration<String, String> a1 = registry.register("worker-1", "a1");

        registry.subscribe(events::add);
        assertThat(events).containsExactly(PluginEvent.initial("worker-1", "a1"));

        Registration<String, String> a2 = registry.register("worker-1", "a2");
        assertThat(events).endsWith(PluginEvent.current("worker-1", "a2"));
        Registration<String, String> a3 = registry.register("worker-1", "a3");
        a2.close(); // hidden: no event
        a3.close(); // reveals a1
        assertThat(events).endsWith(PluginEvent.current("worker-1", "a3"), PluginEvent.current("worker-1", "a1"));
        a1.close();

        assertThat(events).containsExactly(PluginEvent.initial("worker-1", "a1"), PluginEvent.current("worker-1", "a2"),
                PluginEvent.current("worker-1", "a3"), PluginEvent.current("worker-1", "a1"),
                PluginEvent.removed("worker-1"));
    }

    @Test
    void eventsCausedInsideAListenerAreDeliveredAfterTheCurrentOneAndDeliveryGoesOn() {
        AtomicInteger depth = new AtomicInteger();
        List<Integer> depths = new ArrayList<>();
        registry.subscribe(event -> {
            depths.add(depth.incrementAndGet());
            events.add(event);
            if (event.key().equals("worker-1")) {
                registry.register("worker-2", "b"); // re-entrant: queued, delivered after this call
            }
            depth.decrementAndGet();
        });

        registry.register("worker-1", "a");
        registry.register("worker-3", "c");

        assertThat(events).containsExactly(PluginEvent.current("worker-1", "a"), PluginEvent.current("worker-2", "b"),
                PluginEvent.current("worker-3", "c"));
        assertThat(depths).containsOnly(1);
    }

    @Test
    void aThrowingListenerIsLoggedStaysSubscribedAndHarmsNoOtherListener() {
        Logger log = Logger.getLogger(ConcurrentPluginRegistry.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = log.getUseParentHandlers();
        log.addHandler(capture);
        log.setUseParentHandlers(false);
        try {
            List<PluginEvent<String, String>> seenByThrower = new ArrayList<>();
            IllegalStateException bug = new IllegalStateException("listener bug (expected by this test)");
            registry.subscribe(event -> {
                seenByThrower.add(event);
                throw bug;
            });
            registry.subscribe(events::add);

            registry.register("worker-1", "a");
            registry.register("worker-2", "b");

            assertThat(seenByThrower).hasSize(2);
            assertThat(events).hasSize(2);
            assertThat(records).hasSize(2).allSatisfy(r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getThrown()).isSameAs(bug);
            });
            assertThat(records.get(0).getMessage()).contains("threw on CURRENT worker-1 -> a; it stays subscribed");
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(parents);
        }
    }

    @Test
    void closingTheSubscriptionStopsDelivery() {
        Subscription subscription = registry.subscribe(events::add);
        registry.register("worker-1", "a");

        subscription.close();
        subscription.close();
        registry.register("worker-2", "b");

        assertThat(events).containsExactly(PluginEvent.current("worker-1", "a"));
        // another thread can still write: the unsubscribe released the lock
        assertThat(Actor.call("writer", () -> registry.register("worker-3", "c")).isActive()).isTrue();
    }

    @Test
    void anUnsubscribedListenerIsNoLongerReferencedByTheRegistry() {
        WeakReference<List<PluginEvent<String, String>>> listenersState = subscribedThenClosed(registry);

        registry.register("worker-2", "b");
        Actor.awaitCollected("the state of an unsubscribed listener", listenersState);
    }

    private static WeakReference<List<PluginEvent<String, String>>> subscribedThenClosed(
            PluginRegistry<String, String> registry) {
        List<PluginEvent<String, String>> seen = new ArrayList<>();
        registry.subscribe(seen::add).close();
        registry.register("worker-1", "a");
        assertThat(seen).isEmpty();
        return new WeakReference<>(seen);
    }

    /**
     * A write made before close() is delivered even when close() runs before its event is: the
     * event belongs to a call that linearized first (C8); nothing after close is (C9).
     */
    @Test
    void closingTheRegistryFromInsideAListenerStillDeliversEventsOfEarlierWrites() {
        registry.subscribe(event -> {
            events.add(event);
            if (event.key().equals("worker-1")) {
                registry.register("worker-2", "b"); // queued behind this event
                registry.close();
            }
        });

        Registration<String, String> a = registry.register("worker-1", "a");
        a.close(); // after close: no event

        assertThat(events).containsExactly(PluginEvent.current("worker-1", "a"), PluginEvent.current("worker-2", "b"));
        assertThat(registry.lookup("worker-2")).contains("b");
    }

    /**
     * Registering the instance that is already current, or revealing it again by closing its newer
     * registration, changes nothing visible: no event (C8, none repeated).
     */
    @Test
    void theSameInstanceBecomingCurrentAgainSendsNoEvent() {
        String plugin = "a";
        registry.subscribe(events::add);
        Registration<String, String> first = registry.register("worker-1", plugin);
        Registration<String, String> second = registry.register("worker-1", plugin);
        second.close();
        first.close();

        assertThat(events).containsExactly(PluginEvent.current("worker-1", plugin), PluginEvent.removed("worker-1"));
    }
}
