package io.nodeplugins.registry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

/**
 * C4 and C5 on the reference: lookup and require return the current plugin; a miss is empty or a
 * diagnostic exception; reads never wait for a writer.
 */
@Clauses({Clause.C4, Clause.C5})
class C4C5LookupAndRequireTest {

    private final PluginRegistry<String, String> registry = PluginRegistries.forNodes();

    @Test
    void lookupAndRequireReturnTheCurrentPlugin() {
        registry.register("worker-1", "a");

        assertThat(registry.lookup("worker-1")).contains("a");
        assertThat(registry.require("worker-1")).isEqualTo("a");
    }

    @Test
    void aMissIsEmptyForLookupAndADiagnosticExceptionForRequire() {
        registry.register("worker-2", "b");
        registry.register("worker-1", "a");

        assertThat(registry.lookup("worker-3")).isEmpty();
        Throwable miss = catchThrowable(() -> registry.require("worker-3"));

        assertThat(miss).isInstanceOf(PluginNotRegisteredException.class).hasMessage(
                "no plugin is registered for key 'worker-3'; registered keys (2): [worker-1, worker-2]; if the plugin "
                        + "may still be starting, wait for it with await(key, timeout) instead of require(key)");
        PluginNotRegisteredException e = (PluginNotRegisteredException) miss;
        assertThat(e.key()).isEqualTo("worker-3");
        assertThat(e.registeredCount()).isEqualTo(2);
        assertThat(e.shownKeys()).containsExactly("worker-1", "worker-2");
    }

    @Test
    void theMessageListsTheFirstSixteenKeysSortedByTheirStringFormAndCountsTheRest() {
        List<String> keys = IntStream.rangeClosed(1, 18).mapToObj(i -> "node-" + (char) ('a' + 18 - i))
                .collect(Collectors.toList()); // node-r .. node-a, in reverse order
        keys.forEach(k -> registry.register(k, "p"));

        PluginNotRegisteredException e = (PluginNotRegisteredException) catchThrowable(() -> registry.require("x"));

        assertThat(e.shownKeys()).hasSize(16).isSorted().startsWith("node-a").endsWith("node-p");
        assertThat(e.registeredCount()).isEqualTo(18);
        assertThat(e).hasMessageContaining("registered keys (18): [node-a, node-b, ")
                .hasMessageContaining("node-o, node-p] and 2 more; if the plugin");
    }

    @Test
    void exactlySixteenKeysAreAllListedWithoutAndMore() {
        IntStream.range(0, 16).forEach(i -> registry.register("node-" + (char) ('a' + i), "p"));

        PluginNotRegisteredException e = (PluginNotRegisteredException) catchThrowable(() -> registry.require("x"));

        assertThat(e.shownKeys()).hasSize(16);
        assertThat(e).hasMessageContaining("node-p]; if the plugin").hasMessageNotContaining("more");
    }

    @Test
    void keysOfAnyTypeAreListedByTheirStringForm() {
        PluginNotRegisteredException e = PluginNotRegisteredException.notRegistered(7, List.of(10, 9, 100));

        assertThat(e.shownKeys()).containsExactly("10", "100", "9");
        assertThat(e.key()).isEqualTo(7);
    }

    @Test
    void readsNeverWaitForAWriterThatHoldsTheLock() throws Exception {
        PluginRegistry<Object, String> registry = PluginRegistries.create();
        GatedKey key = new GatedKey("worker-1");
        Registration<Object, String> handle = registry.register(key, "a");
        registry.register("worker-2", "b");
        Map<Object, String> before = registry.snapshot();

        key.gate("writer", () -> true);
        Actor<Object> writer = Actor.start("writer", () -> {
            handle.close(); // blocks in the key's hashCode with the write lock held
            return null;
        });
        try {
            key.awaitEntered();
            List<Object> reads = Actor.call("reader", () -> List.of(registry.lookup("worker-2"),
                    registry.require("worker-2"), registry.await("worker-2", Duration.ofMinutes(1)),
                    registry.awaitAsync("worker-2", Duration.ofMinutes(1)).join(), registry.snapshot(),
                    registry.size(), registry.pendingWaiters(), registry.isClosed()));

            assertThat(reads).containsExactly(java.util.Optional.of("b"), "b", "b", "b", before, 2, 0, false);
            assertThat(before).containsOnly(entry(key, "a"), entry("worker-2", "b"));
        } finally {
            key.open();
        }
        writer.join();
        assertThat(registry.snapshot()).containsOnlyKeys("worker-2");
    }
}
