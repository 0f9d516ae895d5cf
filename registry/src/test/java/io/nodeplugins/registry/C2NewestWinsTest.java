package io.nodeplugins.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** C2 on the reference: registrations of one key stack, the newest is current, closing reveals the next. */
@Clauses(Clause.C2)
class C2NewestWinsTest {

    private final PluginRegistry<String, String> registry = PluginRegistries.forNodes();

    @Test
    void closingTheNewestRevealsTheNextNewestDownToEmpty() {
        Registration<String, String> first = registry.register("worker-1", "a");
        Registration<String, String> second = registry.register("worker-1", "b");
        Registration<String, String> third = registry.register("worker-1", "c");
        assertThat(registry.require("worker-1")).isEqualTo("c");

        third.close();
        assertThat(registry.require("worker-1")).isEqualTo("b");
        assertThat(registry.size()).isEqualTo(2);

        second.close();
        assertThat(registry.require("worker-1")).isEqualTo("a");

        first.close();
        assertThat(registry.lookup("worker-1")).isEmpty();
        assertThat(registry.size()).isZero();
        assertThat(registry.snapshot()).isEmpty();
    }

    @Test
    void closingAnOlderOrAMiddleRegistrationChangesNothingVisible() {
        Registration<String, String> first = registry.register("worker-1", "a");
        Registration<String, String> second = registry.register("worker-1", "b");
        Registration<String, String> third = registry.register("worker-1", "c");

        second.close();
        assertThat(registry.require("worker-1")).isEqualTo("c");
        first.close();
        assertThat(registry.require("worker-1")).isEqualTo("c");
        assertThat(registry.size()).isEqualTo(1);
        assertThat(first.isActive()).isFalse();
        assertThat(third.isActive()).isTrue();

        third.close();
        assertThat(registry.lookup("worker-1")).isEmpty();
    }
}
