package io.nodeplugins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.registry.NodeNames;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key arrays and the node population every benchmark reads. */
class NodeKeysTest {

    @Test
    void aKeyArrayIsAPowerOfTwoDrawnFromThePopulationTheSameWayEveryTime() {
        String[] population = NodeKeys.registered(16);
        String[] keys = NodeKeys.sample(population);

        assertThat(keys).hasSize(NodeKeys.KEY_COUNT);
        assertThat(Integer.bitCount(keys.length)).as("a cursor wraps with a mask").isEqualTo(1);
        assertThat(Set.of(population)).containsAll(Arrays.asList(keys));
        assertThat(Set.copyOf(Arrays.asList(keys))).as("every node is read").hasSize(16);
        assertThat(NodeKeys.sample(population)).as("fixed seed: every variant reads the same keys").isEqualTo(keys);
    }

    @Test
    void registeredAndAbsentNamesAreValidAndDisjoint() {
        List<String> registered = Arrays.asList(NodeKeys.registered(1024));
        List<String> absent = Arrays.asList(NodeKeys.absent(1024));

        assertThat(registered).doesNotHaveDuplicates().allMatch(NodeNames::isValid);
        assertThat(absent).doesNotHaveDuplicates().allMatch(NodeNames::isValid).doesNotContainAnyElementsOf(registered);
    }

    @Test
    void aCursorWalksTheKeysInOrderFromARandomStartAndWraps() {
        KeyCursor cursor = new KeyCursor();
        List<String> keys = List.of("a", "b", "c", "d");
        String[] array = keys.toArray(new String[0]);

        int position = keys.indexOf(cursor.next(array));
        for (int i = 0; i < 9; i++) {
            position = (position + 1) % keys.size();
            assertThat(cursor.next(array)).isEqualTo(keys.get(position));
        }
        for (int i = 0; i < 100; i++) {
            assertThat(cursor.nextIndex(3)).isBetween(0, 2);
        }
    }

    @Test
    void thePopulationHoldsTheSameNodesThreeWaysAndAReplacementKeepsThemVisible() {
        try (RegisteredNodes nodes = RegisteredNodes.fill(8)) {
            assertThat(nodes.registry().size()).isEqualTo(8);
            assertThat(nodes.registry().snapshot()).isEqualTo(nodes.hashMap()).isEqualTo(nodes.concurrentMap());

            NodePlugin before = nodes.registry().require(nodes.names()[3]);
            NodePlugin replacement = nodes.replace(3).plugin();

            assertThat(nodes.registry().size()).as("the old registration is closed").isEqualTo(8);
            assertThat(replacement).as("a replacement changes the plugin").isNotSameAs(before);
            assertThat(nodes.registry().require(nodes.names()[3])).isSameAs(replacement);
            nodes.replace(3);
            assertThat(nodes.registry().require(nodes.names()[3])).as("and the next one swaps it back").isSameAs(before);
            assertThat(nodes.registry().size()).isEqualTo(8);
        }
    }
}
