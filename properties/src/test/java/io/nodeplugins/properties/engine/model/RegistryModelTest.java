package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.engine.generation.CommandMix;
import io.nodeplugins.properties.engine.generation.Generators;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryModelTest {

    @Test
    void c2_closingTheNewestRevealsThePreviousAndClosingAnOlderOneChangesNothingVisible() {
        RegistryModel m = RegistryModel.EMPTY.withRegistered("node-a", 1).withRegistered("node-a", 2);
        assertThat(m.current("node-a")).contains("p2");
        assertThat(m.size()).isEqualTo(2);
        assertThat(m.withClosedHandle(2).current("node-a")).contains("p1");
        assertThat(m.withClosedHandle(1).current("node-a")).contains("p2");
        assertThat(m.withClosedHandle(1).withClosedHandle(2).nodes()).isEmpty();
    }

    @Test
    void c3_closingAClosedOrUnknownHandleChangesNothing() {
        RegistryModel m = RegistryModel.EMPTY.withRegistered("node-a", 1);
        assertThat(m.withClosedHandle(7)).isSameAs(m);
        assertThat(m.withClosedHandle(1).withClosedHandle(1)).isEqualTo(RegistryModel.EMPTY);
    }

    @Test
    void modelsWithTheSameStateAreEqualWhateverTheHistory() {
        RegistryModel a = RegistryModel.EMPTY.withRegistered("node-b", 3).withRegistered("node-a", 1);
        RegistryModel b = RegistryModel.EMPTY.withRegistered("node-a", 1).withRegistered("node-b", 3)
                .withRegistered("node-b", 4).withClosedHandle(4);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.withClosed()).isNotEqualTo(a);
    }

    @Test
    void generatedSequencesAgreeWithTheReferenceRegistryStepByStep() {
        Generators generators = new Generators(new java.util.SplittableRandom(42));
        for (int run = 0; run < 50; run++) {
            RunContext context = new RunContext(io.nodeplugins.registry.PluginRegistries.forNodes());
            RegistryModel model = RegistryModel.EMPTY;
            for (Command c : generators.commands(CommandMix.ALL, 30)) {
                Transition t = c.apply(model);
                assertThat(c.run(context)).as("%s in %s", c.toJava(), model).isEqualTo(t.expected());
                model = t.next();
            }
        }
    }
}
