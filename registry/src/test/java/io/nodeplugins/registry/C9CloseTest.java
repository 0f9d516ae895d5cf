package io.nodeplugins.registry;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * C9 on the reference: after close, writes, subscriptions and waits for absent keys fail with a
 * plain IllegalStateException; pending waiters fail at once; registrations stay readable and
 * closable.
 */
@Clauses(Clause.C9)
class C9CloseTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    private final PluginRegistry<String, String> registry = PluginRegistries.forNodes();

    @Test
    void afterCloseRegisteringSubscribingAndWaitingForAnAbsentKeyFailClearly() {
        registry.register("worker-1", "a");
        registry.close();
        registry.close();

        assertThat(registry.isClosed()).isTrue();
        assertThat(registry).hasToString("ConcurrentPluginRegistry[1 registrations, 1 keys, closed]");
        assertThat(catchThrowable(() -> registry.register("worker-2", "b"))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("registry is closed: it accepts no registration after close() (key 'worker-2')");
        assertThat(catchThrowable(() -> registry.subscribe(e -> { }))).isInstanceOf(IllegalStateException.class)
                .hasMessage("registry is closed: subscribe before close()");
        assertThat(catchThrowable(() -> registry.await("worker-2", LONG))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("registry is closed: no plugin can be registered for key 'worker-2'");
        assertThat(catchThrowable(() -> registry.awaitAsync("worker-2", LONG)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(registry.lookup("worker-2")).isEmpty();
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void registrationsStayReadableAwaitableAndClosableAfterClose() throws InterruptedException {
        Registration<String, String> handle = registry.register("worker-1", "a");
        registry.close();

        assertThat(registry.await("worker-1", LONG)).isEqualTo("a");
        assertThat(registry.awaitAsync("worker-1", LONG)).isCompletedWithValue("a");
        handle.close();
        assertThat(registry.lookup("worker-1")).isEmpty();
        assertThat(registry.size()).isZero();
    }

    @Test
    void pendingWaitersOfEveryKeyFailAtOnceWithThePlainCloseException() {
        Actor<String> blocking = Actor.start("waiter", () -> registry.await("worker-1", LONG));
        CompletableFuture<String> async = registry.awaitAsync("worker-2", LONG);
        Actor.awaitCondition("both waiters are pending", () -> registry.pendingWaiters() == 2);
        assertThat(registry).hasToString("ConcurrentPluginRegistry[0 registrations, 0 keys]");

        registry.close();

        assertThat(blocking.failure()).isInstanceOf(IllegalStateException.class).hasNoCause()
                .hasMessageStartingWith("registry is closed: no plugin can be registered for key 'worker-1'");
        assertThat(catchThrowable(async::join)).isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("registry is closed: no plugin can be registered for key 'worker-2'");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    void closeLetsGoOfTheWaitersItFailed() {
        WeakReference<CompletableFuture<String>> waiter = failedByClose(registry);

        Actor.awaitCollected("a waiter failed by close", waiter);
    }

    private static WeakReference<CompletableFuture<String>> failedByClose(PluginRegistry<String, String> registry) {
        CompletableFuture<String> waiter = registry.awaitAsync("worker-1", LONG);
        registry.close();
        assertThat(waiter).isCompletedExceptionally();
        return new WeakReference<>(waiter);
    }

    @Test
    void subscriptionsReceiveNothingAfterClose() {
        java.util.List<PluginEvent<String, String>> events = new java.util.ArrayList<>();
        Registration<String, String> handle = registry.register("worker-1", "a");
        registry.subscribe(events::add);

        registry.close();
        handle.close();

        assertThat(events).containsExactly(PluginEvent.initial("worker-1", "a"));
    }
}
