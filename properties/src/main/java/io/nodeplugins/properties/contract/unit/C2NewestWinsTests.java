package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.Registration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C2 newest wins: live registrations of one key stack; the newest is current, closing it reveals
 * the next newest, closing an older one changes nothing visible.
 */
@Clauses(Clause.C2)
public abstract class C2NewestWinsTests extends ClauseTests {

    @Test
    public void theNewestRegistrationIsCurrentAndAllAreCounted() {
        Registration<String, String> old = registry.register("worker-1", "driver-v1");
        Registration<String, String> newer = registry.register("worker-1", "driver-v2");

        assertThat(registry.lookup("worker-1")).contains("driver-v2");
        assertThat(registry.snapshot()).isEqualTo(Map.of("worker-1", "driver-v2"));
        assertThat(registry.size()).isEqualTo(2);
        assertThat(old.isActive()).isTrue();
        assertThat(newer.isActive()).isTrue();
    }

    /** Catches NoStackingRegistry: the rolling update whose new driver stops first. */
    @Test
    public void closingTheNewestRevealsTheNextNewestDownToEmpty() {
        Registration<String, String> v1 = registry.register("worker-1", "driver-v1");
        Registration<String, String> v2 = registry.register("worker-1", "driver-v2");
        Registration<String, String> v3 = registry.register("worker-1", "driver-v3");

        v3.close();
        assertThat(registry.lookup("worker-1")).as("after closing v3").contains("driver-v2");
        assertThat(registry.size()).isEqualTo(2);
        v2.close();
        assertThat(registry.lookup("worker-1")).as("after closing v2").contains("driver-v1");
        assertThat(registry.snapshot()).isEqualTo(Map.of("worker-1", "driver-v1"));
        v1.close();
        assertThat(registry.lookup("worker-1")).as("after closing v1").isEmpty();
        assertThat(RegistryState.of(registry)).isEqualTo(RegistryState.empty());
    }

    @Test
    public void closingAnOlderRegistrationChangesNothingVisible() {
        Registration<String, String> v1 = registry.register("worker-1", "driver-v1");
        registry.register("worker-1", "driver-v2");
        List<PluginEvent<String, String>> events = new CopyOnWriteArrayList<>();
        registry.subscribe(events::add);
        events.clear(); // the replay; C8 checks it

        v1.close();

        assertThat(registry.lookup("worker-1")).contains("driver-v2");
        assertThat(registry.snapshot()).isEqualTo(Map.of("worker-1", "driver-v2"));
        assertThat(registry.size()).isEqualTo(1);
        assertThat(events).as("events caused by closing a hidden registration").isEmpty();
    }

    @Test
    public void closingAMiddleRegistrationKeepsTheOthersInOrder() {
        Registration<String, String> v1 = registry.register("worker-1", "driver-v1");
        Registration<String, String> v2 = registry.register("worker-1", "driver-v2");
        Registration<String, String> v3 = registry.register("worker-1", "driver-v3");

        v2.close();
        assertThat(registry.lookup("worker-1")).contains("driver-v3");
        v3.close();
        assertThat(registry.lookup("worker-1")).as("v2 was closed, so v1 is next").contains("driver-v1");
        assertThat(v1.isActive()).isTrue();
    }

    @Test
    public void registeringTheSamePluginTwiceStacksTwoRegistrations() {
        Registration<String, String> first = registry.register("worker-1", "driver");
        Registration<String, String> second = registry.register("worker-1", "driver");

        second.close();
        assertThat(registry.lookup("worker-1")).contains("driver");
        assertThat(first.isActive()).isTrue();
        first.close();
        assertThat(registry.lookup("worker-1")).isEmpty();
    }

    /** Catches CheckThenActRegistry: concurrent read-copy-put of one key's stack loses a registration. */
    @Test
    public void concurrentRegistrationsOfOneKeyAreAllStacked() throws Exception {
        int threads = 4;
        int perThread = 100;
        rounds(60, (r, round) -> {
            List<Registration<String, String>> handles = new CopyOnWriteArrayList<>();
            TestThreads.runTogether(threads, t -> {
                for (int i = 0; i < perThread; i++) {
                    handles.add(r.register("worker-1", "driver-" + t + "-" + i));
                }
            });
            int expected = threads * perThread;
            if (r.size() != expected) {
                return threads + " threads each registered " + perThread + " plugins for one key; size() = " + r.size()
                        + " instead of " + expected + " (a stacked registration was lost)";
            }
            // Close all but one, in random order: the survivor must become current.
            List<Registration<String, String>> shuffled = new ArrayList<>(handles);
            Collections.shuffle(shuffled, new Random(round));
            Registration<String, String> survivor = shuffled.remove(0);
            shuffled.forEach(Registration::close);
            if (!r.lookup("worker-1").equals(java.util.Optional.of(survivor.plugin())) || r.size() != 1) {
                return "after closing all but " + survivor + ", lookup = " + r.lookup("worker-1") + ", size() = "
                        + r.size();
            }
            return null;
        });
    }
}
