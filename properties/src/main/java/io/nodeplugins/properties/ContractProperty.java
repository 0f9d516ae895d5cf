package io.nodeplugins.properties;

import io.nodeplugins.properties.model.Command;
import io.nodeplugins.properties.model.CommandKind;
import io.nodeplugins.properties.model.CommandMix;
import io.nodeplugins.properties.model.Generators;
import io.nodeplugins.properties.model.Simplifications;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The model-based properties of the registry contract. Each draws command sequences from its own
 * {@link CommandMix}, weighted towards the clauses it is named after, and checks them with the
 * {@link SequentialRunner} (every outcome against the model, every invariant after every step).
 */
public enum ContractProperty {

    /** C1-C3: newest wins, closing reveals the previous, handle close is idempotent and handle-scoped. */
    C1_C3_REGISTRATION("C1-C3 registration: newest wins, close reveals the previous, close is handle-scoped",
            CommandMix.builder().weight(CommandKind.REGISTER, 6).weight(CommandKind.CLOSE_HANDLE, 5)
                    .weight(CommandKind.LOOKUP, 3).weight(CommandKind.SNAPSHOT, 1).weight(CommandKind.SIZE, 1).build()),
    /** C4-C5: lookup equals the model; require returns it or throws with diagnostics; never null, never NPE. */
    C4_C5_LOOKUP("C4-C5 lookup equals the model, require returns it or throws with diagnostics",
            CommandMix.builder().weight(CommandKind.REGISTER, 4).weight(CommandKind.CLOSE_HANDLE, 3)
                    .weight(CommandKind.LOOKUP, 5).weight(CommandKind.REQUIRE, 5).build()),
    /** C6: await returns a present plugin, times out with diagnostics, and leaves no waiter behind. */
    C6_AWAIT("C6 await returns the plugin or times out with diagnostics, leaving no waiter",
            CommandMix.builder().weight(CommandKind.REGISTER, 4).weight(CommandKind.CLOSE_HANDLE, 3)
                    .weight(CommandKind.AWAIT, 3).weight(CommandKind.AWAIT_ASYNC_CANCEL, 3)
                    .weight(CommandKind.LOOKUP, 1).build()),
    /** C7-C8: snapshots equal the model; replay plus events rebuild the model state exactly. */
    C7_C8_SNAPSHOT_AND_EVENTS("C7-C8 snapshot equals the model, replay plus events rebuild it",
            CommandMix.builder().weight(CommandKind.REGISTER, 5).weight(CommandKind.CLOSE_HANDLE, 4)
                    .weight(CommandKind.SNAPSHOT, 3).weight(CommandKind.SUBSCRIBE, 2)
                    .weight(CommandKind.UNSUBSCRIBE, 1).build()),
    /** C9: after close, registering, waiting and subscribing fail; registrations stay readable and closable. */
    C9_CLOSE("C9 close rejects registering and waiting, keeps registrations readable",
            CommandMix.builder().weight(CommandKind.REGISTER, 5).weight(CommandKind.CLOSE_HANDLE, 3)
                    .weight(CommandKind.CLOSE_REGISTRY, 2).weight(CommandKind.LOOKUP, 1)
                    .weight(CommandKind.REQUIRE, 1).weight(CommandKind.AWAIT, 1)
                    .weight(CommandKind.AWAIT_ASYNC_CANCEL, 1).weight(CommandKind.SUBSCRIBE, 1).build()),
    /** C10: bad input throws the documented exception with a clear message and changes nothing. */
    C10_BAD_INPUT("C10 bad input throws the documented exception and changes nothing",
            CommandMix.builder().weight(CommandKind.REGISTER, 3).weight(CommandKind.CLOSE_HANDLE, 1)
                    .weight(CommandKind.BAD_INPUT, 6).weight(CommandKind.LOOKUP, 1).build()),
    /** All clauses at once: every command kind mixed. */
    ALL_COMMANDS("C1-C10 every command mixed", CommandMix.ALL);

    private final String description;
    private final CommandMix mix;

    ContractProperty(String description, CommandMix mix) {
        this.description = description;
        this.mix = mix;
    }

    /**
     * Returns what the property says.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the command weights.
     *
     * @return the mix
     */
    public CommandMix mix() {
        return mix;
    }

    /**
     * Returns this property for registries from {@code factory}.
     *
     * @param factory the implementation under test
     * @param replay  the replay command, with {@code {seed}} for the seed
     * @return the property
     */
    public SequenceProperty<Command> against(NodeRegistryFactory factory, String replay) {
        return SequenceProperty.<Command>builder(description)
                .subject(String.valueOf(factory))
                .generator(this::generate)
                .check(new SequentialRunner(factory))
                .render(Command::toJava)
                .stepSimplifier(Command::simplifications)
                .sequenceSimplifier(ContractProperty::simplerSequences)
                .replay(replay)
                .build();
    }

    /**
     * Checks this property against registries from {@code factory}.
     *
     * @param factory  the implementation under test
     * @param settings tries, steps and seed
     * @param replay   the replay command, with {@code {seed}} for the seed
     * @return the result
     */
    public PropertyResult<Command> check(NodeRegistryFactory factory, PropertySettings settings, String replay) {
        return PropertyRunner.check(against(factory, replay), settings);
    }

    private List<Command> generate(SplittableRandom random, int maxSteps) {
        return new Generators(random).commands(mix, 1 + random.nextInt(maxSteps));
    }

    /**
     * Candidates for a simpler sequence: registration and subscription numbers renumbered 1, 2, 3
     * in order of appearance; one node renamed to the simplest name the sequence does not use yet.
     */
    private static List<List<Command>> simplerSequences(List<Command> commands) {
        List<List<Command>> candidates = new ArrayList<>();
        List<Command> renumbered = commands.stream().map(Simplifications.renumbering(commands)).toList();
        if (!renumbered.equals(commands)) {
            candidates.add(renumbered);
        }
        Set<String> used = Simplifications.nodesOf(commands);
        for (String from : used) {
            Simplifications.simplerNames(from, used).stream().findFirst()
                    .ifPresent(to -> candidates.add(commands.stream().map(c -> c.withNode(from, to)).toList()));
        }
        return candidates;
    }
}
