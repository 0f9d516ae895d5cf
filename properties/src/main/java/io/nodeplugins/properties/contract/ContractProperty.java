package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.engine.core.Property;
import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.engine.core.PropertyRunner;
import io.nodeplugins.properties.engine.core.Replay;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.engine.generation.CommandKind;
import io.nodeplugins.properties.engine.generation.CommandMix;
import io.nodeplugins.properties.engine.generation.Scenarios;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.parallel.ParallelRunner;
import io.nodeplugins.properties.engine.parallel.ParallelScenario;
import io.nodeplugins.properties.engine.reporting.HistoryRenderer;
import io.nodeplugins.properties.engine.sequential.SequenceProperty;
import io.nodeplugins.properties.engine.sequential.SequentialRunner;
import io.nodeplugins.properties.engine.shrinking.ScenarioShrinker;
import io.nodeplugins.properties.engine.shrinking.Simplifications;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.KeySpace;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.util.List;
import java.util.Optional;

/**
 * The model-based properties of the registry contract, each known by one name in both engines. A
 * property draws command sequences from its own {@link CommandMix}, weighted towards what it is
 * named after, and checks them with the {@link SequentialRunner} (every outcome against the model,
 * every invariant after every step); where concurrency can break what it checks it also has a
 * parallel form: scenarios of a prefix and 2-3 concurrent suffixes, each run many times on real
 * threads and every history checked for linearizability against the same model. The contracts
 * ({@link SequentialContract}, {@link ParallelContract}) run them and name their clauses. Immutable.
 *
 * <p>No parallel mix draws {@code size()} or {@code pendingWaiters()}: they are point-in-time
 * readings, exact only when no write (or blocking await) is in progress, so they are not
 * linearizable; the parallel runner reads them once every thread has returned.
 */
public enum ContractProperty {

    /** Registrations stack, the newest wins, closing reveals the previous, close is handle-scoped. */
    REGISTRATIONS("registrations stack, the newest wins, close is handle-scoped",
            CommandMix.builder().weight(CommandKind.REGISTER, 6).weight(CommandKind.CLOSE_HANDLE, 5)
                    .weight(CommandKind.LOOKUP, 3).weight(CommandKind.SNAPSHOT, 1).weight(CommandKind.SIZE, 1).build(),
            // Two registrations of one node overlapping, then a close and a read in the right threads:
            // about 1 scenario in 35 for check-then-act, hence the factor.
            new Parallel(CommandMix.builder().weight(CommandKind.REGISTER, 6).weight(CommandKind.CLOSE_HANDLE, 4)
                    .weight(CommandKind.LOOKUP, 3).weight(CommandKind.REQUIRE, 2).build(), 3, 5, 5)),
    /** Lookup equals the model; require returns it or throws with diagnostics; never null. */
    LOOKUP_AND_REQUIRE("lookup equals the model, require returns it or throws with diagnostics",
            CommandMix.builder().weight(CommandKind.REGISTER, 4).weight(CommandKind.CLOSE_HANDLE, 3)
                    .weight(CommandKind.LOOKUP, 5).weight(CommandKind.REQUIRE, 5).build(), null),
    /** Await returns a present plugin, is woken by a registration, times out honestly, leaves no waiter. */
    AWAIT("await returns the plugin or times out with diagnostics, leaving no waiter",
            CommandMix.builder().weight(CommandKind.REGISTER, 4).weight(CommandKind.CLOSE_HANDLE, 3)
                    .weight(CommandKind.AWAIT, 3).weight(CommandKind.AWAIT_ASYNC_CANCEL, 2)
                    .weight(CommandKind.AWAIT_ASYNC, 3).weight(CommandKind.CHECK_WAITER, 3)
                    .weight(CommandKind.PENDING_WAITERS, 1).weight(CommandKind.LOOKUP, 1).build(),
            // Blocking awaits race registrations; futures stay pending across commands and threads.
            new Parallel(CommandMix.builder().weight(CommandKind.REGISTER, 3).weight(CommandKind.CLOSE_HANDLE, 2)
                    .weight(CommandKind.AWAIT, 4).weight(CommandKind.AWAIT_ASYNC, 2).weight(CommandKind.CHECK_WAITER, 2)
                    .weight(CommandKind.LOOKUP, 1).build(), 2, 4, 1)),
    /**
     * Snapshots equal the model; the replay plus the events rebuild it exactly; in parallel,
     * subscriptions race writes, and once every thread returned each listener's view is the state.
     */
    SNAPSHOT_AND_EVENTS("snapshot equals the model, replay plus events rebuild it",
            CommandMix.builder().weight(CommandKind.REGISTER, 5).weight(CommandKind.CLOSE_HANDLE, 4)
                    .weight(CommandKind.SNAPSHOT, 3).weight(CommandKind.SUBSCRIBE, 2)
                    .weight(CommandKind.UNSUBSCRIBE, 1).build(),
            new Parallel(CommandMix.builder().weight(CommandKind.REGISTER, 5).weight(CommandKind.CLOSE_HANDLE, 4)
                    .weight(CommandKind.SUBSCRIBE, 3).weight(CommandKind.UNSUBSCRIBE, 1).weight(CommandKind.LOOKUP, 1)
                    .build(), 3, 4, 2)),
    /** Snapshots racing writes to several nodes are the state of one instant. */
    SNAPSHOT("snapshot is the exact state of one instant, never torn", null,
            new Parallel(CommandMix.builder().weight(CommandKind.REGISTER, 4).weight(CommandKind.CLOSE_HANDLE, 3)
                    .weight(CommandKind.SNAPSHOT, 3).build(), 6, 5, 2)),
    /** After close, registering, waiting and subscribing fail; registrations stay readable and closable. */
    CLOSE("close rejects registering and waiting, keeps registrations readable",
            CommandMix.builder().weight(CommandKind.REGISTER, 5).weight(CommandKind.CLOSE_HANDLE, 3)
                    .weight(CommandKind.CLOSE_REGISTRY, 2).weight(CommandKind.LOOKUP, 1)
                    .weight(CommandKind.REQUIRE, 1).weight(CommandKind.AWAIT, 1)
                    .weight(CommandKind.AWAIT_ASYNC_CANCEL, 1).weight(CommandKind.AWAIT_ASYNC, 1)
                    .weight(CommandKind.CHECK_WAITER, 1).weight(CommandKind.SUBSCRIBE, 1).build(), null),
    /** Bad input throws the documented exception with a clear message and changes nothing. */
    BAD_INPUT("bad input throws the documented exception and changes nothing",
            CommandMix.builder().weight(CommandKind.REGISTER, 3).weight(CommandKind.CLOSE_HANDLE, 1)
                    .weight(CommandKind.BAD_INPUT, 6).weight(CommandKind.LOOKUP, 1).build(), null),
    /** Every command mixed; in parallel every command but size and pending waiters, closing the registry now and then. */
    EVERY_COMMAND("every command mixed", CommandMix.ALL,
            new Parallel(CommandMix.builder().weight(CommandKind.REGISTER, 12).weight(CommandKind.CLOSE_HANDLE, 8)
                    .weight(CommandKind.LOOKUP, 6).weight(CommandKind.REQUIRE, 4).weight(CommandKind.AWAIT, 3)
                    .weight(CommandKind.AWAIT_ASYNC_CANCEL, 2).weight(CommandKind.AWAIT_ASYNC, 1)
                    .weight(CommandKind.CHECK_WAITER, 1).weight(CommandKind.SNAPSHOT, 4)
                    .weight(CommandKind.SUBSCRIBE, 1).weight(CommandKind.UNSUBSCRIBE, 1)
                    .weight(CommandKind.BAD_INPUT, 2).weight(CommandKind.CLOSE_REGISTRY, 1).build(), 4, 6, 2));

    /**
     * The parallel form of a property.
     *
     * @param mix                  the command weights; the prefix keeps only its registrations and closes
     * @param maxPrefix            the longest prefix
     * @param maxCommandsPerThread the longest suffix
     * @param scenarioFactor       how many times the settings' scenario count this property draws:
     *                             more where a race needs a rarer pattern
     */
    private record Parallel(CommandMix mix, int maxPrefix, int maxCommandsPerThread, int scenarioFactor) {
        Scenarios.Shape shape() {
            return new Scenarios.Shape(mix, maxPrefix, 2, 3, maxCommandsPerThread);
        }
    }

    private final String description;
    private final CommandMix sequentialMix;
    private final Parallel parallel;

    ContractProperty(String description, CommandMix sequentialMix, Parallel parallel) {
        this.description = description;
        this.sequentialMix = sequentialMix;
        this.parallel = parallel;
    }

    /**
     * Returns why this property does not apply to a registry with {@code features}, if it does not:
     * it exercises a feature the registry does not offer (awaits, snapshots or events, close, bad
     * input); the others need only registering and looking up.
     *
     * @param features what the registry offers
     * @return empty if it applies, else the reason, starting with {@code "n/a: "}
     */
    public Optional<String> notApplicableTo(Features features) {
        List<Feature> needsOneOf = switch (this) {
            case AWAIT -> List.of(Feature.AWAIT, Feature.AWAIT_ASYNC);
            case SNAPSHOT_AND_EVENTS -> List.of(Feature.SNAPSHOT, Feature.SUBSCRIBE);
            case SNAPSHOT -> List.of(Feature.SNAPSHOT);
            case CLOSE -> List.of(Feature.CLOSE);
            case BAD_INPUT -> List.of(Feature.BAD_INPUT);
            default -> List.of();
        };
        if (needsOneOf.isEmpty() || needsOneOf.stream().anyMatch(features::offers)) {
            return Optional.empty();
        }
        return Optional.of(FeatureCondition.NOT_APPLICABLE + "the registry offers none of "
                + needsOneOf.stream().map(Feature::title).toList());
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
     * Returns whether the sequential engine checks this property.
     *
     * @return true if it has a sequential form
     */
    public boolean isSequential() {
        return sequentialMix != null;
    }

    /**
     * Returns whether the parallel engine checks this property.
     *
     * @return true if it has a parallel form
     */
    public boolean isParallel() {
        return parallel != null;
    }

    /**
     * Returns the sequential form of this property for registries from {@code factory}.
     *
     * @param factory  the implementation under test
     * @param settings the longest sequence
     * @param replay   how to replay a failing seed
     * @return the property
     * @throws IllegalStateException if it has no sequential form
     */
    public Property<List<Command>> sequential(NodeRegistryFactory factory, Settings settings, Replay replay) {
        if (!isSequential()) {
            throw new IllegalStateException(this + " has no sequential form");
        }
        CommandMix mix = sequentialMix;
        Features features = Features.of(factory);
        KeySpace keys = features.keys();
        return SequenceProperty.<Command>builder(description)
                .subject(Features.name(factory))
                .generator((random, maxSteps) -> Scenarios.sequence(random, mix, maxSteps, features), settings.maxSteps())
                .check(new SequentialRunner(factory))
                .render(Command::toJava)
                .stepSimplifier(c -> c.simplifications(keys))
                .sequenceSimplifier(commands -> Simplifications.sequences(commands, keys))
                .replay(replay)
                .build();
    }

    /**
     * Returns the parallel form of this property for registries from {@code factory}: each try
     * runs one scenario {@link Settings#runs()} times and checks every history.
     *
     * @param factory  the implementation under test
     * @param settings runs per scenario and the shrink budget
     * @param replay   how to replay a failing seed
     * @return the property
     * @throws IllegalStateException if it has no parallel form
     */
    public Property<ParallelScenario> parallel(NodeRegistryFactory factory, Settings settings, Replay replay) {
        if (!isParallel()) {
            throw new IllegalStateException(this + " has no parallel form");
        }
        ParallelRunner runner = new ParallelRunner(factory);
        Scenarios.Shape shape = parallel.shape();
        Features features = Features.of(factory);
        int runs = settings.runs();
        return new Property<>(description, Features.name(factory), random -> Scenarios.parallel(random, shape, features),
                scenario -> runner.check(scenario, runs),
                new ScenarioShrinker(runner, settings.shrinkRuns(), settings.shrinkMillis(), features.keys()),
                new HistoryRenderer(runs), replay);
    }

    /**
     * Returns how many scenarios the parallel form draws with {@code settings}.
     *
     * @param settings the settings
     * @return the settings' scenario count times this property's factor
     * @throws IllegalStateException if it has no parallel form
     */
    public int parallelScenarios(Settings settings) {
        if (!isParallel()) {
            throw new IllegalStateException(this + " has no parallel form");
        }
        return settings.scenarios() * parallel.scenarioFactor();
    }

    /**
     * Checks the sequential form: {@link Settings#tries()} sequences, the first failure shrunk.
     *
     * @param factory  the implementation under test
     * @param settings tries, steps and seed
     * @param replay   how to replay a failing seed
     * @return the result
     */
    public PropertyResult<List<Command>> checkSequentially(NodeRegistryFactory factory, Settings settings,
                                                           Replay replay) {
        return PropertyRunner.check(sequential(factory, settings, replay), settings.tries(), settings.seed());
    }

    /**
     * Checks the parallel form: {@link #parallelScenarios} scenarios of {@link Settings#runs()} runs
     * each, the first failure shrunk.
     *
     * @param factory  the implementation under test
     * @param settings scenarios, runs, shrink budget and seed
     * @param replay   how to replay a failing seed
     * @return the result
     */
    public PropertyResult<ParallelScenario> checkInParallel(NodeRegistryFactory factory, Settings settings,
                                                            Replay replay) {
        return PropertyRunner.check(parallel(factory, settings, replay), parallelScenarios(settings), settings.seed());
    }
}
