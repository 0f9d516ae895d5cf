package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.contract.FeatureCondition;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
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
import org.opentest4j.TestAbortedException;

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
 * why; and bad input never changes the registry's state, nor sends an event. For registries that
 * reject bad input; the node-name messages only for registries of node names. A test of every key
 * operation is {@code n/a} for an operation the registry does not offer.
 */
@Clauses(Clause.C10)
@Requires(Feature.BAD_INPUT)
public abstract class C10BadInputTests extends ClauseTests {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final List<PluginEvent<String, String>> events = new CopyOnWriteArrayList<>();
    private CompletableFuture<String> pendingAwait;
    private RegistryState before;

    /**
     * A registry with something in it: a key registered twice, another key, and as far as offered a
     * pending waiter and a listener.
     */
    @BeforeEach
    void populate() {
        registry.register(key(1), "a-v1");
        registry.register(key(1), "a-v2");
        registry.register(key(2), "b");
        if (features.offers(Feature.AWAIT_ASYNC)) {
            pendingAwait = registry.awaitAsync(key(9), LONG);
        }
        if (features.offers(Feature.SUBSCRIBE)) {
            registry.subscribe(events::add);
            events.clear();
        }
        before = state();
        if (pendingAwait != null && features.offers(Feature.PENDING_WAITERS)) {
            assertThat(before.pendingWaiters()).isEqualTo(1);
        }
    }

    /** Each operation that takes a node name, applied to a key. */
    public enum KeyOperation {
        REGISTER(null), LOOKUP(null), REQUIRE(Feature.REQUIRE), AWAIT(Feature.AWAIT), AWAIT_ASYNC(Feature.AWAIT_ASYNC);

        private final Feature feature;

        KeyOperation(Feature feature) {
            this.feature = feature;
        }

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
    @NodeNameKeys(rules = true)
    public void aMalformedNodeNameIsRejectedWithTheReasonAndChangesNothing(KeyOperation op, String name, String reason) {
        requireOffered(op);
        Throwable thrown = catchThrowable(() -> op.apply(registry, name));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
        assertUnchanged();
    }

    @Test
    @NodeNameKeys(rules = true)
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
        requireOffered(op);
        Throwable thrown = catchThrowable(() -> op.apply(registry, null));

        assertThat(thrown).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertUnchanged();
    }

    public static Stream<KeyOperation> keyOperations() {
        return Stream.of(KeyOperation.values());
    }

    /** The null plugin always; a null timeout and listener where waiting and subscribing are offered. */
    @Test
    public void otherNullArgumentsAreRejectedNamingTheParameter() {
        assertThat(catchThrowable(() -> registry.register(key(3), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("plugin");
        if (features.offers(Feature.AWAIT)) {
            assertThat(catchThrowable(() -> registry.await(key(3), null)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("timeout");
        }
        if (features.offers(Feature.AWAIT_ASYNC)) {
            assertThat(catchThrowable(() -> registry.awaitAsync(key(3), null)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("timeout");
        }
        if (features.offers(Feature.SUBSCRIBE)) {
            assertThat(catchThrowable(() -> registry.subscribe(null)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
        }
        assertUnchanged();
    }

    /** Timeouts of zero, below zero, or above {@link PluginRegistry#MAX_TIMEOUT}, in nanoseconds. */
    @ParameterizedTest(name = "timeout {0} ns")
    @ValueSource(longs = {0, -1, -1_000_000_000L, Long.MIN_VALUE})
    @Requires({Feature.AWAIT, Feature.AWAIT_ASYNC})
    public void aNonPositiveTimeoutIsRejectedAndChangesNothing(long nanos) {
        Duration timeout = Duration.ofNanos(nanos);

        assertThat(catchThrowable(() -> registry.await(key(3), timeout)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThat(catchThrowable(() -> registry.awaitAsync(key(3), timeout)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertUnchanged();
    }

    @Test
    @Requires({Feature.AWAIT, Feature.AWAIT_ASYNC})
    public void anAbsurdTimeoutIsRejectedAndChangesNothing() {
        for (Duration timeout : List.of(PluginRegistry.MAX_TIMEOUT.plusNanos(1), Duration.ofDays(365),
                Duration.ofSeconds(Long.MAX_VALUE))) {
            assertThat(catchThrowable(() -> registry.await(key(3), timeout))).as("await %s", timeout)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the maximum");
            assertThat(catchThrowable(() -> registry.awaitAsync(key(3), timeout))).as("awaitAsync %s", timeout)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the maximum");
        }
        assertUnchanged();
    }

    @Test
    @Requires({Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
    public void theLongestAcceptedTimeoutIsMaxTimeout() {
        CompletableFuture<String> longest = registry.awaitAsync(key(3), PluginRegistry.MAX_TIMEOUT);

        assertThat(registry.pendingWaiters()).isEqualTo(2);
        longest.cancel(false);
        assertUnchanged();
    }

    /** Under priority semantics "worker-1" would stay with its first registration. */
    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "worker-1", "node.example.com", "a-b.c-d", "1.2.3.4"})
    @Requires(value = Feature.REMOVAL, semantics = {Semantics.STACKING, Semantics.REPLACE})
    @NodeNameKeys
    public void wellFormedNodeNamesAreAccepted(String name) {
        Registration<String, String> r = registry.register(name, "plugin");

        assertThat(registry.lookup(name)).contains("plugin");
        r.close();
    }

    @Test
    @Requires(Feature.REMOVAL)
    @NodeNameKeys
    public void aNameOfExactlyTheMaximumLengthIsAccepted() {
        String name = ("a".repeat(62) + ".").repeat(4) + "b".repeat(1);
        assertThat(name).hasSize(NodeNames.MAX_LENGTH);

        Registration<String, String> r = registry.register(name, "plugin");
        assertThat(registry.lookup(name)).contains("plugin");
        r.close();
        assertThat(state()).isEqualTo(before);
    }

    /** Makes an invocation for an operation the registry does not offer {@code n/a}. */
    private void requireOffered(KeyOperation op) {
        if (op.feature != null && !features.offers(op.feature)) {
            throw new TestAbortedException(FeatureCondition.NOT_APPLICABLE + "the registry does not offer "
                    + op.feature.title());
        }
    }

    private void assertUnchanged() {
        assertThat(state()).as("registry state after bad input").isEqualTo(before);
        assertThat(events).as("events caused by bad input").isEmpty();
        if (pendingAwait != null) {
            assertThat(pendingAwait).as("an unrelated pending await").isNotDone();
        }
    }
}
