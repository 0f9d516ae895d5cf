package io.nodeplugins.properties.contract.unit;

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
public abstract class C9CloseTests extends ClauseTests {

    private static final Duration LONG = Duration.ofSeconds(30);

    /** Catches AcceptAfterCloseRegistry. */
    @Test
    public void registerAfterCloseFailsClearlyAndStoresNothing() {
        registry.register("worker-1", "a");
        registry.close();
        RegistryState before = RegistryState.of(registry);

        IllegalStateException e = catchThrowableOfType(IllegalStateException.class,
                () -> registry.register("worker-2", "b"));

        assertThat(e).as("register after close() must throw, not accept and lose the plugin").isNotNull();
        assertThat(e.getMessage()).contains("closed").contains("worker-2");
        assertThat(registry.lookup("worker-2")).isEmpty();
        assertThat(RegistryState.of(registry)).isEqualTo(before);
    }

    /** Catches AcceptAfterCloseRegistry: a stacked registration of an existing key is refused too. */
    @Test
    public void registerOfAnExistingKeyAfterCloseFailsAndKeepsTheOldPlugin() {
        registry.register("worker-1", "a");
        registry.close();

        assertThat(catchThrowable(() -> registry.register("worker-1", "a-v2"))).isInstanceOf(IllegalStateException.class);
        assertThat(registry.lookup("worker-1")).contains("a");
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    public void waitingAndSubscribingAfterCloseFailClearly() {
        registry.close();

        assertThat(catchThrowable(() -> registry.await("worker-1", LONG)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(catchThrowable(() -> registry.awaitAsync("worker-1", LONG)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(catchThrowable(() -> registry.subscribe(e -> { })))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    public void pendingAwaitsFailPromptlyOnClose() throws Exception {
        CompletableFuture<String> async = registry.awaitAsync("worker-1", LONG);
        AtomicReference<Object> thrown = new AtomicReference<>();
        Thread waiter = startWaiter("worker-2", LONG, thrown);
        TestThreads.untilParked(waiter, () -> registry.pendingWaiters() == 2,
                () -> "pendingWaiters() = " + registry.pendingWaiters());

        long closedAt = System.nanoTime();
        registry.close();
        TestThreads.join(waiter);

        assertThat(Duration.ofNanos(System.nanoTime() - closedAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(thrown.get()).asInstanceOf(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        ExecutionException e = catchThrowableOfType(ExecutionException.class,
                () -> async.get(TestThreads.HANG.toMillis(), TimeUnit.MILLISECONDS));
        assertThat(e).isNotNull();
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    public void closeIsIdempotent() {
        registry.register("worker-1", "a");
        assertThat(registry.isClosed()).isFalse();

        registry.close();
        RegistryState afterFirst = RegistryState.of(registry);
        registry.close();

        assertThat(registry.isClosed()).isTrue();
        assertThat(RegistryState.of(registry)).isEqualTo(afterFirst);
    }

    @Test
    public void registrationsStayReadableAndTheirHandlesClosableAfterClose() throws Exception {
        Registration<String, String> a1 = registry.register("worker-1", "a-v1");
        Registration<String, String> a2 = registry.register("worker-1", "a-v2");
        Registration<String, String> b = registry.register("worker-2", "b");
        registry.close();

        assertThat(registry.lookup("worker-1")).contains("a-v2");
        assertThat(registry.require("worker-2")).isEqualTo("b");
        assertThat(registry.snapshot()).isEqualTo(Map.of("worker-1", "a-v2", "worker-2", "b"));
        assertThat(registry.size()).isEqualTo(3);

        a2.close();
        assertThat(registry.lookup("worker-1")).contains("a-v1");
        a1.close();
        b.close();
        assertThat(a1.isActive()).isFalse();
        assertThat(RegistryState.of(registry)).isEqualTo(RegistryState.empty());
    }

    @Test
    public void subscriptionsReceiveNothingAfterClose() {
        List<PluginEvent<String, String>> events = new CopyOnWriteArrayList<>();
        Registration<String, String> a = registry.register("worker-1", "a");
        registry.subscribe(events::add);
        events.clear();

        registry.close();
        a.close();

        assertThat(events).isEmpty();
    }

    @Test
    public void closeReleasesPendingWaitersOfEveryKey() {
        CompletableFuture<String> one = registry.awaitAsync("worker-1", LONG);
        CompletableFuture<String> two = registry.awaitAsync("worker-2", LONG);
        CompletableFuture<String> twoAgain = registry.awaitAsync("worker-2", LONG);

        registry.close();

        for (CompletableFuture<String> f : List.of(one, two, twoAgain)) {
            assertThat(f).isCompletedExceptionally();
            assertThat(catchThrowable(f::join)).hasCauseInstanceOf(IllegalStateException.class);
        }
        assertThat(registry.pendingWaiters()).isZero();
    }
}
