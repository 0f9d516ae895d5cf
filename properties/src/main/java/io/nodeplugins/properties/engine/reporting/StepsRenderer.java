package io.nodeplugins.properties.engine.reporting;

import io.nodeplugins.properties.engine.core.Failure;
import io.nodeplugins.properties.engine.core.Property;
import io.nodeplugins.properties.engine.core.StepFailure;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Prints a sequence of steps for a report: one numbered line per step, as Java where the steps can
 * say so, and under the step a failure showed at, a caret with the explanation. Immutable.
 *
 * @param <T> the step type
 */
public final class StepsRenderer<T> implements Property.Renderer<List<T>> {

    private final Function<T, String> render;

    /**
     * Creates a renderer.
     *
     * @param render one step to one line
     */
    public StepsRenderer(Function<T, String> render) {
        this.render = Objects.requireNonNull(render, "render");
    }

    @Override
    public int size(List<T> scenario) {
        return scenario.size();
    }

    @Override
    public String unit() {
        return "steps";
    }

    @Override
    public String tries() {
        return "sequences";
    }

    @Override
    public String render(List<T> steps, Failure failure) {
        int at = failure instanceof StepFailure f ? f.step() : -1;
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            r.append(String.format("  %2d  %s%n", i + 1, render.apply(steps.get(i))));
            if (i == at) {
                r.append("      ^ ").append(failure.explanation().replace("\n", "\n        ")).append('\n');
            }
        }
        if (at < 0 || at >= steps.size()) {
            r.append("  ").append(failure.explanation().replace("\n", "\n  ")).append('\n');
        }
        return r.toString();
    }
}
