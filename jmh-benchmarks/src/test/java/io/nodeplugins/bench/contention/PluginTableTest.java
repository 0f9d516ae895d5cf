package io.nodeplugins.bench.contention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nodeplugins.bench.NodeKeys;
import io.nodeplugins.bench.NodePlugin;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;
import org.junit.jupiter.api.Test;

/**
 * Every table the contention benchmark can be given (read from its {@code @Param}, so a new value
 * cannot go untested) reads what was stored and sees a replacement, and so compares like with like.
 */
class PluginTableTest {

    static List<String> tables() throws NoSuchFieldException {
        return List.of(ContentionBenchmark.class.getField("table").getAnnotation(Param.class).value());
    }

    @ParameterizedTest
    @MethodSource("tables")
    void readsTheStoredPluginAndSeesAReplacement(String name) {
        String[] nodes = NodeKeys.registered(3);
        try (PluginTable table = ContentionBenchmark.create(name).apply(nodes, NodeKeys.plugins(3))) {
            assertThat(table.callPlugin(nodes[0])).isEqualTo(0);
            assertThat(table.callPlugin(nodes[2])).isEqualTo(2);

            table.replace(nodes[1], new NodePlugin(42));
            table.replace(nodes[1], new NodePlugin(43));

            assertThat(table.callPlugin(nodes[1])).as(name + " after two replacements").isEqualTo(43);
            assertThat(table.callPlugin(nodes[0])).isEqualTo(0);
        }
    }

    @Test
    void anUnknownTableIsRejectedListingTheKnownOnes() {
        assertThatThrownBy(() -> ContentionBenchmark.create("treeMap")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown table 'treeMap'").hasMessageContaining("copyOnWrite");
    }
}
