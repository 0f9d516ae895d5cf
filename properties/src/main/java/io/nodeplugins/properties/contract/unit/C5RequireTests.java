package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginNotRegisteredException;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * C5 require: the current plugin, or {@link PluginNotRegisteredException} naming the key, the
 * registered keys (sorted, first 16, then "and N more") and pointing to await. Never null.
 */
@Clauses(Clause.C5)
@Requires(Feature.REQUIRE)
public abstract class C5RequireTests extends ClauseTests {

    @Test
    @Requires(semantics = {Semantics.STACKING, Semantics.REPLACE})
    public void requireReturnsTheCurrentPlugin() {
        registry.register(key(1), "driver-v1");
        registry.register(key(1), "driver-v2");

        assertThat(registry.require(key(1))).isEqualTo("driver-v2");
    }

    /** Catches NullOnMissingRegistry. */
    @Test
    public void requireOfAnAbsentKeyThrowsWithDiagnosticsAndChangesNothing() {
        registry.register(key(2), "b");
        registry.register(key(1), "a");
        RegistryState before = state();
        List<String> registered = Stream.of(key(1), key(2)).sorted().toList();

        PluginNotRegisteredException e = catchThrowableOfType(PluginNotRegisteredException.class,
                () -> registry.require(key(3)));

        assertThat(e).as("require of an absent key must throw, not return null").isNotNull()
                .isInstanceOf(NoSuchElementException.class);
        assertThat(e.getMessage())
                .contains("'" + key(3) + "'")
                .contains("registered keys (2): [" + String.join(", ", registered) + "]")
                .contains("await(key, timeout)")
                .doesNotContain("more");
        assertThat(e.key()).isEqualTo(key(3));
        assertThat(e.registeredCount()).isEqualTo(2);
        assertThat(e.shownKeys()).containsExactlyElementsOf(registered);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @Requires(Feature.REMOVAL)
    public void requireOfAKeyWhoseLastRegistrationClosedThrows() {
        registry.register(key(1), "a").close();

        PluginNotRegisteredException e = catchThrowableOfType(PluginNotRegisteredException.class,
                () -> registry.require(key(1)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("'" + key(1) + "'").contains("registered keys (0): []");
    }

    @Test
    @NodeNameKeys
    public void theMessageListsTheFirstSixteenKeysSortedAndCountsTheRest() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            keys.add(String.format("node-%02d", i));
        }
        Collections.shuffle(keys, new Random(42)); // registration order must not matter
        keys.forEach(k -> registry.register(k, "plugin-" + k));

        PluginNotRegisteredException e = catchThrowableOfType(PluginNotRegisteredException.class,
                () -> registry.require("worker-1"));

        assertThat(e).isNotNull();
        List<String> firstSixteen = new ArrayList<>();
        for (int i = 0; i < PluginNotRegisteredException.SHOWN_KEYS; i++) {
            firstSixteen.add(String.format("node-%02d", i));
        }
        assertThat(e.shownKeys()).isEqualTo(firstSixteen);
        assertThat(e.registeredCount()).isEqualTo(20);
        assertThat(e.getMessage())
                .contains("registered keys (20): [" + String.join(", ", firstSixteen) + "] and 4 more")
                .doesNotContain("node-16")
                .contains("await");
    }

    @Test
    @NodeNameKeys
    public void exactlySixteenKeysAreAllListedWithoutAndMore() {
        for (int i = 0; i < 16; i++) {
            registry.register("node-" + (char) ('a' + i), "p");
        }

        PluginNotRegisteredException e = catchThrowableOfType(PluginNotRegisteredException.class,
                () -> registry.require("worker-1"));

        assertThat(e).isNotNull();
        assertThat(e.shownKeys()).hasSize(16).isSorted();
        assertThat(e.getMessage()).contains("node-p]").doesNotContain("more");
    }

    @Test
    @NodeNameKeys
    public void keysAreSortedByTheirStringFormNotByRegistrationOrder() {
        registry.register("worker-10", "p");
        registry.register("worker-2", "p");
        registry.register("a-node", "p");

        PluginNotRegisteredException e = catchThrowableOfType(PluginNotRegisteredException.class,
                () -> registry.require("worker-1"));

        assertThat(e).isNotNull();
        assertThat(e.shownKeys()).containsExactly("a-node", "worker-10", "worker-2");
    }
}
