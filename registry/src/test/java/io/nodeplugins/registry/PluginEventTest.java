package io.nodeplugins.registry;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** C8's events: value objects that say what changed and rebuild the state when applied in order. */
@Clauses(Clause.C8)
class PluginEventTest {

    @Test
    void eachEventSaysWhatHappenedToItsKey() {
        PluginEvent<String, String> initial = PluginEvent.initial("worker-1", "a");
        PluginEvent<String, String> removed = PluginEvent.removed("worker-1");

        assertThat(initial.type()).isEqualTo(PluginEvent.Type.INITIAL);
        assertThat(initial.key()).isEqualTo("worker-1");
        assertThat(initial.plugin()).contains("a");
        assertThat(initial).hasToString("INITIAL worker-1 -> a");
        assertThat(PluginEvent.current("worker-1", "b").type()).isEqualTo(PluginEvent.Type.CURRENT);
        assertThat(removed.type()).isEqualTo(PluginEvent.Type.REMOVED);
        assertThat(removed.plugin()).isEmpty();
        assertThat(removed).hasToString("REMOVED worker-1");
    }

    @Test
    void applyingTheEventsInOrderRebuildsTheState() {
        Map<String, String> state = new HashMap<>();

        PluginEvent.initial("worker-1", "a").applyTo(state);
        PluginEvent.current("worker-2", "b").applyTo(state);
        PluginEvent.current("worker-1", "c").applyTo(state);
        PluginEvent.<String, String>removed("worker-2").applyTo(state);

        assertThat(state).containsOnly(entry("worker-1", "c"));
    }

    @Test
    void eventsAreEqualExactlyWhenTypeKeyAndPluginAre() {
        PluginEvent<String, String> event = PluginEvent.current("worker-1", "a");

        assertThat(event).isEqualTo(PluginEvent.current("worker-1", "a"))
                .hasSameHashCodeAs(PluginEvent.current("worker-1", "a"))
                .isNotEqualTo(PluginEvent.initial("worker-1", "a"))
                .isNotEqualTo(PluginEvent.current("worker-2", "a"))
                .isNotEqualTo(PluginEvent.current("worker-1", "b"))
                .isNotEqualTo("CURRENT worker-1 -> a");
        assertThat(PluginEvent.removed("worker-1")).isEqualTo(PluginEvent.removed("worker-1"))
                .isNotEqualTo(PluginEvent.removed("worker-2"));
        assertThat(event.hashCode()).isNotEqualTo(PluginEvent.current("worker-1", "b").hashCode());
    }
}
