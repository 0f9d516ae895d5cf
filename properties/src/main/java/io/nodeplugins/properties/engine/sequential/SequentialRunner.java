package io.nodeplugins.properties.engine.sequential;

import io.nodeplugins.properties.engine.core.Failure;
import io.nodeplugins.properties.engine.core.Property;
import io.nodeplugins.properties.engine.core.StepFailure;
import io.nodeplugins.properties.engine.core.Workers;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Outcome;
import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.RunContext;
import io.nodeplugins.properties.engine.model.Transition;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sequential model-based runner: runs a command sequence on a fresh registry from the factory
 * and on the {@link RegistryModel} side by side, and fails at the first step whose outcome differs
 * from the model's or after which a {@link RegistryInvariants registry invariant} is broken.
 *
 * <p>Each run happens on a {@link Workers worker} thread with a deadline, so a registry that hangs
 * (an await that ignores its timeout) is reported as a failure at the step it hung in instead of
 * hanging the build. Thread-safe: runs share nothing but the worker pool.
 */
public final class SequentialRunner implements Property.Trial<List<Command>> {

    /** How long a whole sequence may take beyond its own timeouts before it counts as hung. */
    static final long DEADLINE_MILLIS = 5_000;

    private final NodeRegistryFactory factory;
    private final Features features;

    /**
     * Creates a runner for registries from {@code factory}.
     *
     * @param factory makes a fresh registry per run
     */
    public SequentialRunner(NodeRegistryFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.features = Features.of(factory);
    }

    @Override
    public Failure run(List<Command> commands) {
        AtomicInteger step = new AtomicInteger(-1);
        Workers.Ending ending = Workers.runAll(List.of(() -> run(commands, step)), DEADLINE_MILLIS);
        int at = step.get();
        if (ending.timedOut()) {
            String what = at < 0 ? "creating the registry" : commands.get(at).getClass().getSimpleName();
            return new StepFailure("hang in " + what, "did not return within " + DEADLINE_MILLIS + " ms\n"
                    + String.join("\n", ending.stuck()), at);
        }
        if (ending.crash() != null) {
            return new StepFailure("crash " + ending.crash().getClass().getSimpleName(), "the run threw "
                    + ending.crash(), at);
        }
        return (Failure) ending.results().get(0);
    }

    private Failure run(List<Command> commands, AtomicInteger step) {
        PluginRegistry<String, Plugin> registry = factory.create();
        RunContext context = new RunContext(registry, features);
        RegistryInvariants invariants = new RegistryInvariants(features);
        RegistryModel model = RegistryModel.empty(features.semantics());
        try {
            for (int i = 0; i < commands.size(); i++) {
                step.set(i);
                Command command = commands.get(i);
                Transition expected = command.apply(model);
                Outcome actual = command.run(context);
                if (!actual.equals(expected.expected())) {
                    return mismatch(command, expected.expected(), actual, i);
                }
                model = expected.next();
                RegistryInvariants.Violation v;
                try {
                    v = invariants.check(context, model);
                } catch (RuntimeException e) {
                    return new StepFailure("invariant check threw " + e.getClass().getSimpleName(),
                            "checking the invariants after this step threw " + e, i);
                }
                if (v != null) {
                    return new StepFailure("invariant " + v.invariant(), "after this step: " + v.description()
                            + "\n(model: " + model.currentPlugins() + (model.isClosed() ? ", closed" : "") + ")", i);
                }
            }
            return null;
        } finally {
            context.cancelPendingWaiters();
            closeQuietly(registry, features);
        }
    }

    /** Closes a registry at the end of a run, if it offers close; a failure there is left to the steps that close. */
    static void closeQuietly(PluginRegistry<?, ?> registry, Features features) {
        if (features.offers(Feature.CLOSE)) {
            try {
                registry.close();
            } catch (RuntimeException ignored) {
                // the run's verdict stands; a close that fails is reported by steps that close
            }
        }
    }

    private static Failure mismatch(Command command, Outcome expected, Outcome actual, int step) {
        String name = command.getClass().getSimpleName();
        String signature = actual.returned() && expected.returned() ? name + ": returned a wrong value"
                : name + ": " + shape(actual) + " instead of " + shape(expected);
        return new StepFailure(signature, "expected: " + expected + "\n  actual: " + actual, step);
    }

    /** The part of an outcome that identifies a kind of failure across shrinking. */
    private static String shape(Outcome o) {
        if (!o.returned()) {
            return o.exception() + (o.problem() == null ? "" : " with a bad message");
        }
        return "returned";
    }

}
