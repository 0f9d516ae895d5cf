package io.nodeplugins.properties.linearizability;

import io.nodeplugins.properties.model.CommandKind;
import io.nodeplugins.properties.model.CommandMix;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The parallel properties: each draws scenarios of a prefix and 2-3 concurrent suffixes from its
 * command mix, runs each scenario many times on real threads, and requires every history to be
 * linearizable with respect to the registry model. Each mix concentrates on the commands that can
 * expose its clauses under concurrency. No mix draws {@code size()}: its contract is a point-in-time
 * reading, exact only when no write is in progress, so it is not linearizable and is checked by the
 * sequential properties only (Lincheck's model checker shows a size that lags a lookup during a
 * registration of the reference).
 */
public enum ParallelProperty {

    /** Registrations of colliding nodes, handle closes and reads (C1, C2, C3). */
    C1_C3_REGISTRATIONS("C1-C3 registrations, stacking and handle-scoped removal are linearizable",
            CommandMix.builder().weight(CommandKind.REGISTER, 6).weight(CommandKind.CLOSE_HANDLE, 4)
                    .weight(CommandKind.LOOKUP, 3).weight(CommandKind.REQUIRE, 2).build(),
            3, 5, 5, List.of("C1", "C2", "C3")),

    /** Awaits racing registrations (C6): no lost wake-up, honest timeouts. */
    C6_AWAIT("C6 await is linearizable: a registration wakes every waiter, a timeout means the node stayed absent",
            CommandMix.builder().weight(CommandKind.REGISTER, 3).weight(CommandKind.CLOSE_HANDLE, 2)
                    .weight(CommandKind.AWAIT, 4).weight(CommandKind.LOOKUP, 1).build(),
            1, 4, 1, List.of("C6")),

    /** Snapshots racing writes to several nodes (C7). */
    C7_SNAPSHOT("C7 snapshot is the exact state of one instant, never torn",
            CommandMix.builder().weight(CommandKind.REGISTER, 4).weight(CommandKind.CLOSE_HANDLE, 3)
                    .weight(CommandKind.SNAPSHOT, 3).build(),
            6, 5, 2, List.of("C7")),

    /** Everything at once, closing the registry now and then (C1-C10). */
    ALL("every command, close of the registry included, is linearizable",
            CommandMix.builder().weight(CommandKind.REGISTER, 12).weight(CommandKind.CLOSE_HANDLE, 8)
                    .weight(CommandKind.LOOKUP, 6).weight(CommandKind.REQUIRE, 4).weight(CommandKind.AWAIT, 3)
                    .weight(CommandKind.AWAIT_ASYNC_CANCEL, 2).weight(CommandKind.SNAPSHOT, 4)
                    .weight(CommandKind.BAD_INPUT, 2)
                    .weight(CommandKind.CLOSE_REGISTRY, 1).build(),
            4, 6, 2, List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C9", "C10")); // every command but subscribe

    private final String description;
    private final ParallelScenario.Shape shape;
    private final int scenarioFactor;
    private final List<String> clauses;

    // scenarioFactor: how many times ParallelSettings.scenarios() this property draws; more where a
    // race needs a rarer pattern (two registrations of one node overlapping, then a close and a read
    // in the right threads: about 1 scenario in 35 for check-then-act).
    ParallelProperty(String description, CommandMix mix, int maxPrefix, int maxCommandsPerThread, int scenarioFactor,
                     List<String> clauses) {
        this.description = description;
        this.shape = new ParallelScenario.Shape(mix, maxPrefix, 2, 3, maxCommandsPerThread);
        this.scenarioFactor = scenarioFactor;
        this.clauses = clauses;
    }

    /**
     * Returns the contract clauses this property checks (what the main job's report credits it with).
     *
     * @return the clauses, "C1" to "C10"
     */
    public List<String> clauses() {
        return clauses;
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
     * Returns the size and commands of its scenarios.
     *
     * @return the shape
     */
    public ParallelScenario.Shape shape() {
        return shape;
    }

    /**
     * Returns how many scenarios this property draws with {@code settings}.
     *
     * @param settings the settings
     * @return the settings' scenario count times this property's factor
     */
    public int scenarios(ParallelSettings settings) {
        return settings.scenarios() * scenarioFactor;
    }

    /**
     * Checks this property against the registries of {@code runner}: draws
     * {@link #scenarios(ParallelSettings)} scenarios, runs each {@link ParallelSettings#runs()} times,
     * and shrinks the first failure.
     *
     * @param runner   runs scenarios against the registry under test
     * @param settings how hard to try
     * @param replay   how to replay a seed, with {@code {seed}} standing for it
     * @return the result; {@link ParallelResult#assertPassed()} fails with the report
     */
    public ParallelResult check(ParallelRunner runner, ParallelSettings settings, String replay) {
        long firstSeed = settings.seed().orElseGet(() -> new SplittableRandom().nextLong());
        SplittableRandom seeds = new SplittableRandom(firstSeed);
        long seed = firstSeed;
        int scenarios = scenarios(settings);
        for (int i = 1; i <= scenarios; i++) {
            ParallelScenario scenario = ParallelScenario.generate(new SplittableRandom(seed), shape);
            ParallelFailure failure = runner.check(scenario, settings.runs());
            if (failure != null) {
                ParallelShrinker.Shrunk shrunk = new ParallelShrinker(runner, failure, settings.shrinkRuns(),
                        settings.shrinkMillis()).shrink(scenario);
                return ParallelResult.failed(this, runner.factory().toString(), i, settings, firstSeed, seed,
                        scenario, failure, shrunk, replay);
            }
            seed = seeds.nextLong();
        }
        return ParallelResult.passed(this, runner.factory().toString(), scenarios, settings, firstSeed);
    }
}
