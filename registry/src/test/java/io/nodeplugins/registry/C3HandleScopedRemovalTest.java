package io.nodeplugins.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** C3 on the reference: a handle removes exactly its own registration, once, even when two threads close it. */
@Clauses(Clause.C3)
class C3HandleScopedRemovalTest {

    @Test
    void aLateCloseOfTheOldRegistrationNeverRemovesItsReplacement() {
        PluginRegistry<String, String> registry = PluginRegistries.forNodes();
        Registration<String, String> old = registry.register("worker-1", "old");
        registry.register("worker-1", "new");

        old.close();
        old.close();

        assertThat(registry.require("worker-1")).isEqualTo("new");
        assertThat(registry.size()).isEqualTo(1);
        assertThat(old.isActive()).isFalse();
        assertThat(old).hasToString("Registration[worker-1 -> old, closed]");
    }

    @Test
    void aSecondCloseRacingTheFirstReturnsAfterTheRemovalAndRemovesNothingElse() throws Exception {
        PluginRegistry<Object, String> registry = PluginRegistries.create();
        GatedKey key = new GatedKey("worker-1");
        Registration<Object, String> handle = registry.register(key, "a");
        registry.register("worker-2", "b");

        // The first close holds the write lock (blocked in the key's hashCode); the second one has seen
        // the handle live and queues behind it.
        key.gate("first-close", () -> true);
        Actor<Object> first = Actor.start("first-close", () -> {
            handle.close();
            return null;
        });
        try {
            key.awaitEntered();
            Actor<java.util.Optional<String>> second = Actor.start("second-close", () -> {
                handle.close();
                return registry.lookup(key);
            });
            second.awaitParked();
            key.open();
            first.join();
            assertThat(second.join()).isEmpty();
        } finally {
            key.open();
        }
        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.snapshot()).containsOnlyKeys("worker-2");
    }
}
