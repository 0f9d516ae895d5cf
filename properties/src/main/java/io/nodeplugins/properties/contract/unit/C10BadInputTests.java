package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.NodeNames;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * C10 bad input: null arguments throw {@link NullPointerException} naming the parameter; empty,
 * blank and malformed node names and bad timeouts throw {@link IllegalArgumentException} saying
 * why; and bad input never changes the registry's state, nor sends an event.
 */
@Clauses(Clause.C10)
public abstract class C10BadInputTests extends ClauseTests {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final List<PluginEvent<String, String>> events = new CopyOnWriteArrayList<>();
    private CompletableFuture<String> pendingAwait;
    private RegistryState before;

    /** A registry with something in it: a stacked key, another key, a pending waiter, a listener. */
    @BeforeEach
    void populate() {
        registry.register("worker-1", "a-v1");
        registry.register("worker-1", "a-v2");
        registry.register("worker-2", "b");
        pendingAwait = registry.awaitAsync("worker-9", LONG);
        registry.subscribe(events::add);
        events.clear();
        before = RegistryState.of(registry);
        assertThat(before.pendingWaiters()).isEqualTo(1);
    }

    /** Each operation that takes a node name, applied to a key. */
    public enum KeyOperation {
        REGISTER, LOOKUP, REQUIRE, AWAIT, AWAIT_ASYNC;

        Object apply(PluginRegistry<String, String> r, String key) throws Exception {
            switch (this) {
                case REGISTER: return r.register(key, "plugin");
                case LOOKUP: return r.lookup(key);
                case REQUIRE: return r.require(key);
                case AWAIT: return r.await(key, Duration.ofMillis(1));
                default: return r.awaitAsync(key, Duration.ofMillis(1));
            }
        }
    }

    /** A malformed node name and a fragment the message must contain to say why. */
    public static Stream<Arguments> malformedNames() {
        return Stream.of(
                arguments("", "not been scheduled"),
                arguments(" ", "blank"),
                arguments("\t", "blank"),
                arguments("Worker-1", "upper-case"),
                arguments("worker_1", "'_'"),
                arguments("worker 1", "not allowed"),
                arguments("wörker", "'ö'"),
                arguments("-worker", "starting with '-'"),
                arguments("worker-", "ends with '-'"),
                arguments("worker-.example", "ending with '-'"),
                arguments(".worker", "empty label"),
                arguments("worker..example", "empty label"),
                arguments("worker.", "ends with '.'"),
                arguments("a".repeat(NodeNames.MAX_LENGTH + 1), "254 characters long"));
    }

    public static Stream<Arguments> malformedNamesForEveryOperation() {
        return malformedNames().flatMap(name -> Stream.of(KeyOperation.values())
                .map(op -> arguments(op, name.get()[0], name.get()[1])));
    }

    /** Catches CorruptingBadInputRegistry (for REGISTER). */
    @ParameterizedTest(name = "{0} of \"{1}\"")
    @MethodSource("malformedNamesForEveryOperation")
    public void aMalformedNodeNameIsRejectedWithTheReasonAndChangesNothing(KeyOperation op, String name, String reason) {
        Throwable thrown = catchThrowable(() -> op.apply(registry, name));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
        assertUnchanged();
    }

    @Test
    public void anEmptyNodeNameSaysThatThePodHasProbablyNotBeenScheduledYet() {
        Throwable thrown = catchThrowable(() -> registry.register("", "plugin"));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty")
                .hasMessageContaining("pod has probably not been scheduled yet");
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0} of null")
    @MethodSource("keyOperations")
    public void aNullKeyIsRejectedNamingTheParameter(KeyOperation op) {
        Throwable thrown = catchThrowable(() -> op.apply(registry, null));

        assertThat(thrown).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertUnchanged();
    }

    public static Stream<KeyOperation> keyOperations() {
        return Stream.of(KeyOperation.values());
    }

    @Test
    public void otherNullArgumentsAreRejectedNamingTheParameter() {
        assertThat(catchThrowable(() -> registry.register("worker-3", null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("plugin");
        assertThat(catchThrowable(() -> registry.await("worker-3", null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("timeout");
        assertThat(catchThrowable(() -> registry.awaitAsync("worker-3", null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("timeout");
        assertThat(catchThrowable(() -> registry.subscribe(null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
        assertUnchanged();
    }

    /** Timeouts of zero, below zero, or above {@link PluginRegistry#MAX_TIMEOUT}, in nanoseconds. */
    @ParameterizedTest(name = "timeout {0} ns")
    @ValueSource(longs = {0, -1, -1_000_000_000L, Long.MIN_VALUE})
    public void aNonPositiveTimeoutIsRejectedAndChangesNothing(long nanos) {
        Duration timeout = Duration.ofNanos(nanos);

        assertThat(catchThrowable(() -> registry.await("worker-3", timeout)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThat(catchThrowable(() -> registry.awaitAsync("worker-3", timeout)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertUnchanged();
    }

    @Test
    public void anAbsurdTimeoutIsRejectedAndChangesNothing() {
        for (Duration timeout : List.of(PluginRegistry.MAX_TIMEOUT.plusNanos(1), Duration.ofDays(365),
                Duration.ofSeconds(Long.MAX_VALUE))) {
            assertThat(catchThrowable(() -> registry.await("worker-3", timeout))).as("await %s", timeout)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the maximum");
            assertThat(catchThrowable(() -> registry.awaitAsync("worker-3", timeout))).as("awaitAsync %s", timeout)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the maximum");
        }
        assertUnchanged();
    }

    @Test
    public void theLongestAcceptedTimeoutIsMaxTimeout() {
        CompletableFuture<String> longest = registry.awaitAsync("worker-3", PluginRegistry.MAX_TIMEOUT);

        assertThat(registry.pendingWaiters()).isEqualTo(2);
        longest.cancel(false);
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "worker-1", "node.example.com", "a-b.c-d", "1.2.3.4"})
    public void wellFormedNodeNamesAreAccepted(String name) {
        Registration<String, String> r = registry.register(name, "plugin");

        assertThat(registry.lookup(name)).contains("plugin");
        r.close();
    }

    @Test
    public void aNameOfExactlyTheMaximumLengthIsAccepted() {
        String name = ("a".repeat(62) + ".").repeat(4) + "b".repeat(1);
        assertThat(name).hasSize(NodeNames.MAX_LENGTH);

        Registration<String, String> r = registry.register(name, "plugin");
        assertThat(registry.lookup(name)).contains("plugin");
        r.close();
        assertThat(RegistryState.of(registry)).isEqualTo(before);
    }

    private void assertUnchanged() {
        assertThat(RegistryState.of(registry)).as("registry state after bad input").isEqualTo(before);
        assertThat(events).as("events caused by bad input").isEmpty();
        assertThat(pendingAwait).as("an unrelated pending await").isNotDone();
    }
}
