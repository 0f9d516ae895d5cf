package io.nodeplugins.properties.engine.generation;

import io.nodeplugins.properties.engine.model.AwaitAsync;
import io.nodeplugins.properties.engine.model.CheckWaiter;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Subscribe;
import io.nodeplugins.properties.engine.model.Unsubscribe;
import io.nodeplugins.properties.engine.parallel.ParallelScenario;
import io.nodeplugins.properties.features.Features;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel scenarios use only what a thread can already hold: a handle, a waiter's future or a
 * subscription of the prefix or of the thread's own earlier calls. A close of another thread's
 * subscription could run before the subscribe returned, find nothing to close, and leave a listener
 * subscribed that the model counts as closed: a false failure of a correct registry.
 */
class ScenariosTest {

    @Test
    void aThreadClosesOnlyHandlesSubscriptionsAndFuturesItCanHold() {
        CommandMix mix = CommandMix.builder().weight(CommandKind.REGISTER, 3).weight(CommandKind.CLOSE_HANDLE, 3)
                .weight(CommandKind.SUBSCRIBE, 3).weight(CommandKind.UNSUBSCRIBE, 3)
                .weight(CommandKind.AWAIT_ASYNC, 2).weight(CommandKind.CHECK_WAITER, 2).build();
        Scenarios.Shape shape = new Scenarios.Shape(mix, 3, 2, 4, 6);
        SplittableRandom random = new SplittableRandom(11);
        int unsubscribes = 0;
        int closes = 0;
        int checks = 0;
        for (int i = 0; i < 500; i++) {
            ParallelScenario scenario = Scenarios.parallel(random.split(), shape, Features.REFERENCE);
            Set<Integer> prefixHandles = new HashSet<>();
            Set<Integer> prefixWaiters = new HashSet<>();
            for (Command c : scenario.prefix()) {
                assertThat(c).as("the prefix holds no subscription").isNotInstanceOf(Subscribe.class);
                prefixHandles.addAll(c.registrations());
                if (c instanceof AwaitAsync) {
                    prefixWaiters.addAll(c.subscriptions());
                }
            }
            for (List<Command> thread : scenario.threads()) {
                Set<Integer> handles = new HashSet<>(prefixHandles);
                Set<Integer> waiters = new HashSet<>(prefixWaiters);
                Set<Integer> subscribed = new HashSet<>();
                for (Command c : thread) {
                    if (c instanceof CloseHandle close) {
                        assertThat(handles).as("%s in %s", c, scenario).contains(close.registration());
                        closes++;
                    } else if (c instanceof CheckWaiter check) {
                        assertThat(waiters).as("%s in %s", c, scenario).contains(check.waiter());
                        checks++;
                    } else if (c instanceof Unsubscribe unsubscribe) {
                        assertThat(subscribed).as("%s in %s", c, scenario).contains(unsubscribe.subscription());
                        unsubscribes++;
                    }
                    handles.addAll(c.registrations());
                    if (c instanceof AwaitAsync) {
                        waiters.addAll(c.subscriptions());
                    }
                    if (c instanceof Subscribe) {
                        subscribed.addAll(c.subscriptions());
                    }
                }
            }
        }
        assertThat(unsubscribes).as("threads do unsubscribe").isGreaterThan(100);
        assertThat(closes).as("threads do close handles").isGreaterThan(100);
        assertThat(checks).as("threads do read futures").isGreaterThan(100);
    }
}
