package io.nodeplugins.properties.engine.generation;

import io.nodeplugins.properties.engine.model.BadInput;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.ListenerView;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.RegistryModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.registry.NodeNames;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class GeneratorsTest {

    @Test
    void c10_validNodesAreValidAndMalformedOnesAreNot() {
        assertThat(Generators.VALID_NODES).allMatch(NodeNames::isValid).contains("a".repeat(253));
        assertThat("a".repeat(253)).hasSize(NodeNames.MAX_LENGTH);
        assertThat(Generators.MALFORMED_NODES).noneMatch(NodeNames::isValid)
                .contains("", " ", "Node-A", "-a", "a-", ".a", "a.", "nöde-1", "a".repeat(254));
    }

    @Test
    void theSameSeedDrawsTheSameSequence() {
        List<Command> a = new Generators(new SplittableRandom(99)).commands(CommandMix.ALL, 40);
        List<Command> b = new Generators(new SplittableRandom(99)).commands(CommandMix.ALL, 40);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void sequencesDrawEveryKindStackRegistrationsOfOneNodeAndCloseHandlesTwice() {
        Generators generators = new Generators(new SplittableRandom(1));
        Set<Class<?>> kinds = new HashSet<>();
        EnumSet<BadInput.Kind> badKinds = EnumSet.noneOf(BadInput.Kind.class);
        boolean stacked = false;
        boolean closedTwice = false;
        for (int run = 0; run < 300; run++) {
            RegistryModel model = RegistryModel.EMPTY;
            Set<Integer> closed = new HashSet<>();
            for (Command c : generators.commands(CommandMix.ALL, 30)) {
                kinds.add(c.getClass());
                if (c instanceof BadInput b) {
                    badKinds.add(b.kind());
                    assertThat(model.isClosed()).as("bad input only while open").isFalse();
                }
                if (c instanceof CloseHandle h) {
                    closedTwice |= !closed.add(h.registration());
                }
                model = c.apply(model).next();
                for (String node : model.nodes()) {
                    stacked |= model.stack(node).size() > 1;
                }
            }
        }
        Set<Class<?>> drawable = new HashSet<>(Set.of(Command.class.getPermittedSubclasses()));
        drawable.remove(ListenerView.class); // read only in a parallel run's finale, never drawn
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(drawable);
        assertThat(badKinds).containsExactlyInAnyOrder(BadInput.Kind.values());
        assertThat(stacked).as("keys collide and registrations stack").isTrue();
        assertThat(closedTwice).as("handles are closed twice (idempotence)").isTrue();
    }
}
