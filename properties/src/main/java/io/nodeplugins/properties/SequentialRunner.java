package io.nodeplugins.properties;

import io.nodeplugins.properties.model.Command;
import io.nodeplugins.properties.model.Outcome;
import io.nodeplugins.properties.model.Plugin;
import io.nodeplugins.properties.model.RegistryModel;
import io.nodeplugins.properties.model.RunContext;
import io.nodeplugins.properties.model.Transition;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sequential model-based runner: runs a command sequence on a fresh registry from the factory
 * and on the {@link RegistryModel} side by side, and fails at the first step whose outcome differs
 * from the model's or after which a {@link RegistryInvariants registry invariant} is broken.
 *
 * <p>Each run happens on a worker thread with a deadline, so a registry that hangs (an await that
 * ignores its timeout) is reported as a failure at the step it hung in instead of hanging the
 * build. Thread-safe: runs share nothing but the worker pool.
 */
public final class SequentialRunner implements SequenceProperty.Check<Command> {

    /** How long a whole sequence may take beyond its own timeouts before it counts as hung. */
    static final long DEADLINE_MILLIS = 5_000;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "nodeplugins-sequential-run");
        t.setDaemon(true);
        return t;
    });

    private final NodeRegistryFactory factory;

    /**
     * Creates a runner for registries from {@code factory}.
     *
     * @param factory makes a fresh registry per run
     */
    public SequentialRunner(NodeRegistryFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public Failure check(List<Command> commands) {
        AtomicInteger step = new AtomicInteger(-1);
        Future<Failure> run = WORKERS.submit(() -> run(commands, step));
        try {
            return run.get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            int at = step.get();
            String what = at < 0 ? "creating the registry" : commands.get(at).getClass().getSimpleName();
            return new Failure("hang in " + what, "did not return within " + DEADLINE_MILLIS + " ms", at);
        } catch (ExecutionException e) {
            return crashed(e.getCause(), step.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.cancel(true);
            throw new IllegalStateException("interrupted while checking a property", e);
        }
    }

    private Failure run(List<Command> commands, AtomicInteger step) {
        PluginRegistry<String, Plugin> registry = factory.create();
        RunContext context = new RunContext(registry);
        RegistryInvariants invariants = new RegistryInvariants();
        RegistryModel model = RegistryModel.EMPTY;
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
                    return new Failure("invariant check threw " + e.getClass().getSimpleName(),
                            "checking the invariants after this step threw " + e, i);
                }
                if (v != null) {
                    return new Failure("invariant " + v.invariant(), "after this step: " + v.description()
                            + "\n(model: " + model.currentPlugins() + (model.isClosed() ? ", closed" : "") + ")", i);
                }
            }
            return null;
        } finally {
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
        return new Failure(signature, "expected: " + expected + "\n  actual: " + actual, step);
    }

    /** The part of an outcome that identifies a kind of failure across shrinking. */
    private static String shape(Outcome o) {
        if (!o.returned()) {
            return o.exception() + (o.problem() == null ? "" : " with a bad message");
        }
        return "returned";
    }

    private static Failure crashed(Throwable t, int step) {
        return new Failure("crash " + t.getClass().getSimpleName(), "the run threw " + t, step);
    }
}
