package io.nodeplugins.bench.wakeup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * The wake-up measurement's protocol on every path the benchmark can be given: the waiter blocks,
 * does not return before the plugin is published, returns after it, and the path resets for the
 * next round. A few rounds each, bounded in time.
 */
class WakeUpPathTest {

    static List<String> paths() throws NoSuchFieldException {
        return List.of(AwaitLatencyBenchmark.class.getField("path").getAnnotation(Param.class).value());
    }

    @ParameterizedTest
    @MethodSource("paths")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theWaiterReturnsOnlyAfterThePluginIsPublished(String name) throws InterruptedException {
        try (WakeUpPath path = AwaitLatencyBenchmark.create(name); WaiterThread waiter = new WaiterThread(path)) {
            for (int round = 0; round < 3; round++) {
                waiter.startRoundAndAwaitBlocked();
                Thread.sleep(25); // longer than the slowest poll: a waiter that returned early would show
                assertThat(waiter.returned()).as(name + ": returned before the plugin was published").isFalse();

                path.publishPlugin();
                waiter.awaitReturned(); // bounded: fails if the waiter does not return or its wait threw
                path.reset();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("paths")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anInterruptedWaiterThrowsInsteadOfSpinning(String name) throws Exception {
        try (WakeUpPath path = AwaitLatencyBenchmark.create(name)) {
            java.util.concurrent.CompletableFuture<Throwable> thrown = new java.util.concurrent.CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    path.awaitPlugin();
                    thrown.complete(null);
                } catch (Throwable t) {
                    thrown.complete(t);
                }
            });
            waiter.start();
            while (!path.isBlocked(waiter)) {
                Thread.sleep(1);
            }
            waiter.interrupt();
            assertThat(thrown.get(5, TimeUnit.SECONDS)).as(name).isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theRegistryPathLeavesNoWaiterBehind() {
        RegistryAwaitPath path = new RegistryAwaitPath();
        try (WaiterThread waiter = new WaiterThread(path)) {
            waiter.startRoundAndAwaitBlocked();
            assertThat(path.registry.pendingWaiters()).as("the blocked waiter is linked").isEqualTo(1);
            path.publishPlugin();
            waiter.awaitReturned();
            assertThat(path.registry.pendingWaiters()).as("no waiter left after the round").isZero();
            path.reset();
        } finally {
            path.close();
        }
    }

    @Test
    void anUnknownPathIsRejectedListingTheKnownOnes() {
        assertThatThrownBy(() -> AwaitLatencyBenchmark.create("spin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown wake-up path 'spin'").hasMessageContaining("poll10ms");
    }
}
