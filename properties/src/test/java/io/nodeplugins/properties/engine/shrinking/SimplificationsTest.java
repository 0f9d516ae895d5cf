package io.nodeplugins.properties.engine.shrinking;

import io.nodeplugins.properties.engine.generation.Generators;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.Register;
import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.properties.features.KeySpace;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The argument simplifications shared by the sequential and the parallel shrinker. */
class SimplificationsTest {

    @Test
    void registrationsAreRenumberedInOrderOfFirstAppearance() {
        List<Command> commands = List.of(new Register(5, "node-b"), new Lookup("node-b"), new Register(2, "node-a"),
                new CloseHandle(5, "node-b"));

        assertThat(commands.stream().map(Simplifications.renumbering(commands)).toList()).containsExactly(
                new Register(1, "node-b"), new Lookup("node-b"), new Register(2, "node-a"), new CloseHandle(1, "node-b"));
    }

    @Test
    void aRegistrationReusingOneTheShrinkerRemovedKeepsANumberOfItsOwn() {
        // r3 re-registers the instance of r1 and r4 equals p2, but r1 and r2 were removed by shrinking
        List<Command> commands = List.of(new Register(3, "node-a", 0, 1, 0), new Register(4, "node-a", 0, 0, 2),
                new CloseHandle(3, "node-a"));

        assertThat(commands.stream().map(Simplifications.renumbering(commands)).toList()).containsExactly(
                new Register(1, "node-a", 0, 3, 0), new Register(2, "node-a", 0, 0, 4), new CloseHandle(1, "node-a"));
    }

    @Test
    void nodesAreRenamedOnlyTowardsTheFrontAndNeverOntoANodeInUse() {
        Set<String> used = Simplifications.nodesOf(List.of(new Register(1, "worker-1.zone-a"), new Lookup("node-a")));

        assertThat(used).containsExactly("worker-1.zone-a", "node-a");
        assertThat(Simplifications.simplerNames("worker-1.zone-a", used, KeySpace.NODE_NAMES)).containsExactly("node-b");
        assertThat(Simplifications.simplerNames("a".repeat(253), Set.of("n"), KeySpace.NODE_NAMES)).containsExactly("node-a",
                "node-b", "worker-1.zone-a");
        assertThat(Simplifications.simplerNames("node-a", used, KeySpace.NODE_NAMES)).isEmpty();
    }
}
