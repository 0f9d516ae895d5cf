package io.nodeplugins.properties.linearizability;

import java.util.Objects;

/**
 * The result of checking a {@link ParallelProperty} against one registry: how many scenarios ran,
 * the seeds, and for a failure the shrunk scenario with a readable report (the observed results
 * per thread in columns, why no linearization exists, the seed and the replay command). Immutable.
 */
public final class ParallelResult {

    private final ParallelProperty property;
    private final String subject;
    private final int scenarios;
    private final ParallelSettings settings;
    private final long firstSeed;
    private final long failingSeed;
    private final ParallelScenario original;
    private final ParallelFailure originalFailure;
    private final ParallelShrinker.Shrunk shrunk;
    private final String replay;

    private ParallelResult(ParallelProperty property, String subject, int scenarios, ParallelSettings settings,
                           long firstSeed, long failingSeed, ParallelScenario original, ParallelFailure originalFailure,
                           ParallelShrinker.Shrunk shrunk, String replay) {
        this.property = Objects.requireNonNull(property, "property");
        this.subject = subject;
        this.scenarios = scenarios;
        this.settings = settings;
        this.firstSeed = firstSeed;
        this.failingSeed = failingSeed;
        this.original = original;
        this.originalFailure = originalFailure;
        this.shrunk = shrunk;
        this.replay = replay;
    }

    static ParallelResult passed(ParallelProperty property, String subject, int scenarios, ParallelSettings settings,
                                 long firstSeed) {
        return new ParallelResult(property, subject, scenarios, settings, firstSeed, 0, null, null, null, null);
    }

    static ParallelResult failed(ParallelProperty property, String subject, int scenarios, ParallelSettings settings,
                                 long firstSeed, long failingSeed, ParallelScenario original,
                                 ParallelFailure originalFailure, ParallelShrinker.Shrunk shrunk, String replay) {
        return new ParallelResult(property, subject, scenarios, settings, firstSeed, failingSeed, original,
                originalFailure, shrunk, Objects.requireNonNull(replay, "replay"));
    }

    /**
     * Returns whether every run of every scenario was linearizable.
     *
     * @return true if nothing failed
     */
    public boolean passed() {
        return shrunk == null;
    }

    /**
     * Returns the property.
     *
     * @return the property
     */
    public ParallelProperty property() {
        return property;
    }

    /**
     * Returns the number of scenarios run (up to and including the failing one).
     *
     * @return the scenarios
     */
    public int scenarios() {
        return scenarios;
    }

    /**
     * Returns the shrunk failing scenario.
     *
     * @return the minimal scenario
     * @throws IllegalStateException if the property passed
     */
    public ParallelScenario minimal() {
        requireFailed();
        return shrunk.scenario();
    }

    /**
     * Returns a failing run of the shrunk scenario.
     *
     * @return the failure
     * @throws IllegalStateException if the property passed
     */
    public ParallelFailure failure() {
        requireFailed();
        return shrunk.failure();
    }

    /**
     * Returns the seed of the failing scenario.
     *
     * @return the seed
     * @throws IllegalStateException if the property passed
     */
    public long failingSeed() {
        requireFailed();
        return failingSeed;
    }

    /**
     * Returns the report.
     *
     * @return one line for a pass; for a failure the minimal scenario, the observed results per
     *         thread, the explanation, the seed and the replay command
     */
    public String report() {
        if (passed()) {
            return "Parallel property '" + property.description() + "' passed " + scenarios + " scenarios x "
                    + settings.runs() + " runs against " + subject + " (first seed " + firstSeed + ").";
        }
        ParallelFailure failure = shrunk.failure();
        StringBuilder r = new StringBuilder();
        r.append("Parallel property '").append(property.description()).append("' failed against ").append(subject)
                .append(": scenario ").append(scenarios).append(" (").append(original.size())
                .append(" commands) failed on run ").append(originalFailure.run()).append(" of up to ")
                .append(settings.runs()).append(".\n");
        r.append("Minimal failing scenario: ").append(shrunk.scenario().size()).append(" commands, ")
                .append(shrunk.scenario().threads().size()).append(" thread(s) after the prefix; shrinking tried ")
                .append(shrunk.candidates()).append(" candidates of up to ").append(shrunk.maxRuns())
                .append(" runs each").append(shrunk.budgetSpent() ? " and stopped at its time budget" : "")
                .append("; it failed on rerun ").append(failure.run()).append(":\n");
        r.append(HistoryTable.render(failure.execution()));
        r.append("Why: ").append(failure.explanation().replace("\n", "\n  ")).append('\n');
        r.append("Seed: ").append(failingSeed).append(" (first seed of this run ").append(firstSeed)
                .append("; a seed fixes the scenario, not the interleaving, so a replay reruns it up to ")
                .append(settings.runs()).append(" times)\n");
        r.append("Replay: ").append(replay.replace("{seed}", Long.toString(failingSeed)));
        return r.toString();
    }

    /**
     * Throws if the property failed.
     *
     * @throws AssertionError with the {@link #report()} as message
     */
    public void assertPassed() {
        if (!passed()) {
            throw new AssertionError(report());
        }
    }

    private void requireFailed() {
        if (passed()) {
            throw new IllegalStateException("parallel property '" + property.description() + "' passed");
        }
    }

    @Override
    public String toString() {
        return report();
    }
}
