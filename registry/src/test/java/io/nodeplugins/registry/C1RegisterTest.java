package io.nodeplugins.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** C1 on the reference: register makes the plugin current at once and returns its handle. */
@Clauses(Clause.C1)
class C1RegisterTest {

    private final PluginRegistry<String, String> registry = PluginRegistries.forNodes();

    @Test
    void registerReturnsTheHandleOfItsRegistrationAndCountsIt() {
        Registration<String, String> handle = registry.register("worker-1", "a");

        assertThat(handle.key()).isEqualTo("worker-1");
        assertThat(handle.plugin()).isEqualTo("a");
        assertThat(handle.isActive()).isTrue();
        assertThat(handle).hasToString("Registration[worker-1 -> a]");
        assertThat(registry.lookup("worker-1")).contains("a");
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void registrationsOfDistinctKeysAreCountedTogether() {
        registry.register("worker-1", "a");
        registry.register("worker-2", "b");
        registry.register("worker-2", "c");

        assertThat(registry.size()).isEqualTo(3);
        assertThat(registry.snapshot()).containsOnly(
                org.assertj.core.api.Assertions.entry("worker-1", "a"),
                org.assertj.core.api.Assertions.entry("worker-2", "c"));
        assertThat(registry).hasToString("ConcurrentPluginRegistry[3 registrations, 2 keys]");
    }

    @Test
    void aRegistrationOnOneThreadIsSeenByTheNextThreadThatLooks() {
        Actor.call("registrar", () -> registry.register("worker-1", "a"));

        assertThat(Actor.call("reader", () -> registry.lookup("worker-1"))).contains("a");
    }

    @Test
    @Clauses({Clause.C1, Clause.C3, Clause.C6, Clause.C7, Clause.C8, Clause.C9})
    void everyOperationThatTakesTheWriteLockReleasesItForTheNextThread() {
        // Each step runs on a thread of its own; a step that kept the lock would leave the next one stuck.
        Registration<String, String> a1 = Actor.call("register", () -> registry.register("worker-1", "a1"));
        Registration<String, String> a2 = Actor.call("register-again", () -> registry.register("worker-1", "a2"));
        Subscription subscription = Actor.call("subscribe", () -> registry.subscribe(e -> { }));
        Actor.call("close-older", () -> close(a1));
        Actor.call("close-newest", () -> close(a2));
        Actor.call("snapshot", registry::snapshot);
        java.util.concurrent.CompletableFuture<String> waiter = Actor.call("await",
                () -> registry.awaitAsync("worker-2", java.time.Duration.ofMinutes(5)));
        Actor.call("cancel", () -> waiter.cancel(false));
        Actor.call("unsubscribe", () -> close(subscription));
        Actor.call("close", () -> close(registry));

        Throwable rejected = Actor.start("register-after-close", () -> registry.register("worker-3", "c")).failure();
        assertThat(rejected).isInstanceOf(IllegalStateException.class);
        assertThat(registry.size()).isZero();
    }

    private static Void close(AutoCloseable closeable) throws Exception {
        closeable.close();
        return null;
    }
}
