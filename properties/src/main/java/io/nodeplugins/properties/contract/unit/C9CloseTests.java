package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.Registration;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * C9 close: afterwards registering, waiting and subscribing fail with a clear
 * {@link IllegalStateException}; pending awaits fail promptly; close is idempotent; existing
 * registrations stay readable and their handles can still be closed.
 */
@Clauses(Clause.C9)
@Requires(Feature.CLOSE)
public abstract class C9CloseTests extends ClauseTests {

    private static final Duration LONG = Duration.ofSeconds(30);

    /** Catches AcceptAfterCloseRegistry. */
    @Test
    public void registerAfterCloseFailsClearlyAndStoresNothing() {
        registry.register(key(1), "a");
        registry.close();
        RegistryState before = state();

        IllegalStateException e = catchThrowableOfType(IllegalStateException.class,
                () -> registry.register(key(2), "b"));

        assertThat(e).as("register after close() must throw, not accept and lose the plugin").isNotNull();
        assertThat(e.getMessage()).contains("closed").contains(key(2));
        assertThat(registry.lookup(key(2))).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    /** Catches AcceptAfterCloseRegistry: a stacked registration of an existing key is refused too. */
    @Test
    public void registerOfAnExistingKeyAfterCloseFailsAndKeepsTheOldPlugin() {
        registry.register(key(1), "a");
        registry.close();

        assertThat(catchThrowable(() -> registry.register(key(1), "a-v2"))).isInstanceOf(IllegalStateException.class);
        assertThat(registry.lookup(key(1))).contains("a");
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "a"), 1, 0));
    }

    @Test
    @Requires({Feature.AWAIT, Feature.AWAIT_ASYNC, Feature.SUBSCRIBE, Feature.PENDING_WAITERS})
    public void waitingAndSubscribingAfterCloseFailClearly() {
        registry.close();

        assertThat(catchThrowable(() -> registry.await(key(1), LONG)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(catchThrowable(() -> registry.awaitAsync(key(1), LONG)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(catchThrowable(() -> registry.subscribe(e -> { })))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    @Requires({Feature.AWAIT, Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
    public void pendingAwaitsFailPromptlyOnClose() throws Exception {
        CompletableFuture<String> async = registry.awaitAsync(key(1), LONG);
        AtomicReference<Object> thrown = new AtomicReference<>();
        Thread waiter = startWaiter(key(2), LONG, thrown);
        TestThreads.untilParked(waiter, () -> registry.pendingWaiters() == 2,
                () -> "pendingWaiters() = " + registry.pendingWaiters());

        long closedAt = System.nanoTime();
        registry.close();
        TestThreads.join(waiter);

        assertThat(Duration.ofNanos(System.nanoTime() - closedAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(thrown.get()).asInstanceOf(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed")
                .as("the blocked waiter's exception says what happened itself, not as the toString of another"
                        + " exception it wraps").satisfies(t -> assertThat(t.getMessage()).doesNotStartWith("java."));
        ExecutionException e = catchThrowableOfType(ExecutionException.class,
                () -> async.get(TestThreads.HANG.toMillis(), TimeUnit.MILLISECONDS));
        assertThat(e).isNotNull();
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(registry.pendingWaiters()).isZero();
    }

    /**
     * After {@code close()} on one thread, other threads are neither blocked nor accepted: their
     * register fails at once, their reads and a second close return. Catches a {@code close()} that
     * never releases its lock, which the reentrant lock hides from calls on the closing thread.
     */
    @Test
    public void afterCloseOtherThreadsAreNeitherBlockedNorAccepted() throws Exception {
        Registration<String, String> a = registry.register(key(1), "a");
        registry.close();

        assertThat(TestThreads.onAnotherThread("register after close", () -> registry.register(key(2), "b")).thrown())
                .isInstanceOf(IllegalStateException.class);
        assertThat(TestThreads.onAnotherThread("lookup after close", () -> registry.lookup(key(1))).value())
                .isEqualTo(java.util.Optional.of("a"));
        assertThat(TestThreads.onAnotherThread("close again", () -> {
            registry.close();
            return registry.isClosed();
        }).value()).isEqualTo(true);
        if (features.offers(Feature.SNAPSHOT)) {
            assertThat(TestThreads.onAnotherThread("snapshot after close", registry::snapshot).value())
                    .isEqualTo(Map.of(key(1), "a"));
        }
        if (features.offers(Feature.REMOVAL)) {
            assertThat(TestThreads.onAnotherThread("closing a handle after close", () -> {
                a.close();
                return registry.lookup(key(1));
            }).value()).isEqualTo(java.util.Optional.empty());
        }
    }

    @Test
    public void closeIsIdempotent() {
        registry.register(key(1), "a");
        assertThat(registry.isClosed()).isFalse();

        registry.close();
        RegistryState afterFirst = state();
        registry.close();

        assertThat(registry.isClosed()).isTrue();
        assertThat(state()).isEqualTo(afterFirst);
    }

    @Test
    @Requires(value = Feature.REMOVAL, semantics = Semantics.STACKING)
    public void registrationsStayReadableAndTheirHandlesClosableAfterClose() throws Exception {
        Registration<String, String> a1 = registry.register(key(1), "a-v1");
        Registration<String, String> a2 = registry.register(key(1), "a-v2");
        Registration<String, String> b = registry.register(key(2), "b");
        registry.close();

        assertThat(registry.lookup(key(1))).contains("a-v2");
        if (features.offers(Feature.REQUIRE)) {
            assertThat(registry.require(key(2))).isEqualTo("b");
        }
        assertThat(state()).isEqualTo(expectedState(Map.of(key(1), "a-v2", key(2), "b"), 3, 0));

        a2.close();
        assertThat(registry.lookup(key(1))).contains("a-v1");
        a1.close();
        b.close();
        assertActive(a1, false);
        assertThat(state()).isEqualTo(emptyState());
    }

    @Test
    @Requires({Feature.SUBSCRIBE, Feature.REMOVAL})
    public void subscriptionsReceiveNothingAfterClose() {
        List<PluginEvent<String, String>> events = new CopyOnWriteArrayList<>();
        Registration<String, String> a = registry.register(key(1), "a");
        registry.subscribe(events::add);
        events.clear();

        registry.close();
        a.close();

        assertThat(events).isEmpty();
    }

    @Test
    @Requires({Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
    public void closeReleasesPendingWaitersOfEveryKey() {
        CompletableFuture<String> one = registry.awaitAsync(key(1), LONG);
        CompletableFuture<String> two = registry.awaitAsync(key(2), LONG);
        CompletableFuture<String> twoAgain = registry.awaitAsync(key(2), LONG);

        registry.close();

        for (CompletableFuture<String> f : List.of(one, two, twoAgain)) {
            assertThat(f).isCompletedExceptionally();
            assertThat(catchThrowable(f::join)).hasCauseInstanceOf(IllegalStateException.class);
        }
        assertThat(registry.pendingWaiters()).isZero();
    }
}
