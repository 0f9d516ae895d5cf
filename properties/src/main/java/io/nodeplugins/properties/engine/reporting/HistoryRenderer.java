package io.nodeplugins.properties.engine.reporting;

import io.nodeplugins.properties.engine.core.Failure;
import io.nodeplugins.properties.engine.core.Property;
import io.nodeplugins.properties.engine.parallel.ParallelScenario;
import io.nodeplugins.properties.engine.parallel.RunFailure;

/**
 * Prints a failing parallel scenario for a report: the failing run's history (the prefix, then the
 * threads side by side, each call with its observed outcome and times; see {@link HistoryTable}),
 * then why it failed: the checker's longest linearizable prefix and the calls stuck after it, or
 * the hang or crash. Immutable.
 *
 * @param runs how many times one try runs its scenario, for the reader
 */
public record HistoryRenderer(int runs) implements Property.Renderer<ParallelScenario> {

    @Override
    public int size(ParallelScenario scenario) {
        return scenario.size();
    }

    @Override
    public String unit() {
        return "commands";
    }

    @Override
    public String tries() {
        return "scenarios x " + runs + " runs";
    }

    @Override
    public String render(ParallelScenario scenario, Failure failure) {
        if (!(failure instanceof RunFailure run)) {
            return scenario + "Why: " + failure.explanation() + "\n";
        }
        return HistoryTable.render(run.execution()) + "Why: " + run.explanation().replace("\n", "\n  ") + "\n";
    }

    @Override
    public String seedNote() {
        return "; a seed fixes the scenario, not the interleaving, so a replay reruns it up to " + runs + " times";
    }
}
