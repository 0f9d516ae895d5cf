package io.nodeplugins.properties.engine.parallel;

import io.nodeplugins.properties.engine.linearizability.Call;
import io.nodeplugins.properties.engine.linearizability.LinearizabilityChecker;
import io.nodeplugins.properties.engine.linearizability.RegistryOperation;
import io.nodeplugins.properties.engine.linearizability.RegistrySpecification;
import io.nodeplugins.properties.engine.linearizability.Verdict;
import io.nodeplugins.properties.engine.core.Workers;
import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.AwaitAsync;
import io.nodeplugins.properties.engine.model.CheckWaiter;
import io.nodeplugins.properties.engine.model.ListenerView;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.PendingWaiters;
import io.nodeplugins.properties.engine.model.Size;
import io.nodeplugins.properties.engine.model.Snapshot;
import io.nodeplugins.properties.engine.model.Subscribe;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Outcome;
import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.properties.engine.model.RunContext;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@link ParallelScenario}s against fresh registries on real threads and checks every history
 * for linearizability against the {@link RegistrySpecification}. Thread-safe: runs share only a
 * pool of daemon worker threads.
 *
 * <p>One run: a fresh registry from the factory; the prefix, in order, on one worker; then one
 * worker per suffix, released together once all have started (each spins until the last arrives,
 * so the first commands really overlap); then, once every thread has returned, the reads of
 * {@link #finale}; every call stamped with {@link HistoryClock} readings just before and just after
 * it. A run that does not finish within {@link #HANG_MILLIS} (plus the awaits' own timeouts) is a
 * hang: the workers are interrupted and the calls that never returned are named.
 */
public final class ParallelRunner {

    /** How long a run may take beyond its awaits' timeouts before it counts as hung. */
    static final long HANG_MILLIS = 10_000;

    /**
     * How much shorter than its timeout an await may seem on the history clock; covers the clock's
     * deviation from {@code nanoTime}, which is far smaller.
     */
    public static final long SLACK_NANOS = 50_000;

    private final NodeRegistryFactory factory;
    private final Features features;
    private final LinearizabilityChecker<RegistrySpecification.State, RegistryOperation, Outcome> checker;

    /**
     * Creates a runner for registries from {@code factory}, checked against the model of the
     * semantics it declares ({@link Features#of}).
     *
     * @param factory makes a fresh registry per run
     */
    public ParallelRunner(NodeRegistryFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.features = Features.of(factory);
        this.checker = new LinearizabilityChecker<>(new RegistrySpecification(features.semantics()));
    }

    /**
     * Returns the factory of the registries under test.
     *
     * @return the factory
     */
    public NodeRegistryFactory factory() {
        return factory;
    }

    /**
     * Runs {@code scenario} up to {@code runs} times and stops at the first run whose history is not
     * linearizable, or that hangs or crashes.
     *
     * @param scenario the scenario
     * @param runs     the most runs
     * @return the first failing run, or null if all passed
     */
    public RunFailure check(ParallelScenario scenario, int runs) {
        for (int run = 1; run <= runs; run++) {
            RunFailure failure = checkOnce(scenario, run);
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    /**
     * Runs {@code scenario} once and checks the history.
     *
     * @param scenario the scenario
     * @param run      the number of this run, for the report
     * @return the failure, or null if the history is linearizable
     */
    private RunFailure checkOnce(ParallelScenario scenario, int run) {
        ParallelExecution execution = execute(scenario);
        if (execution.problem() != null) {
            return new RunFailure(execution, null, run);
        }
        Verdict<RegistryOperation, Outcome> verdict =
                checker.check(RegistrySpecification.history(execution.calls(), SLACK_NANOS));
        return verdict.linearizable() ? null : new RunFailure(execution, verdict, run);
    }

    /**
     * Runs {@code scenario} once on a fresh registry and records the history.
     *
     * @param scenario the scenario
     * @return what happened
     */
    public ParallelExecution execute(ParallelScenario scenario) {
        PluginRegistry<String, Plugin> registry = factory.create();
        RunContext context = new RunContext(registry, features);
        ParallelExecution execution;
        try {
            execution = run(scenario, context);
        } finally {
            context.cancelPendingWaiters();
        }
        String hung = closeWithin(registry);
        return hung == null || execution.problem() != null ? execution
                : new ParallelExecution(scenario, execution.calls(), hung, List.of("registry.close();"));
    }

    private ParallelExecution run(ParallelScenario scenario, RunContext context) {
        HistoryClock clock = new HistoryClock();
        List<Call<Command, Outcome>> calls = Collections.synchronizedList(new ArrayList<>());
        List<Worker> prefix = List.of(new Worker(0, scenario.prefix(), context, clock, calls, null, 1));
        String problem = runAll(prefix);
        if (problem != null) {
            return new ParallelExecution(scenario, calls, problem, stuck(prefix));
        }
        AtomicInteger arrived = new AtomicInteger();
        List<Worker> workers = new ArrayList<>();
        int parties = scenario.threads().size();
        for (int t = 0; t < parties; t++) {
            workers.add(new Worker(t + 1, scenario.threads().get(t), context, clock, calls, arrived, parties));
        }
        problem = runAll(workers);
        if (problem != null) {
            return new ParallelExecution(scenario, sorted(calls), problem, stuck(workers));
        }
        settle(calls, context);
        List<Worker> after = List.of(new Worker(parties + 1, finale(scenario, features), context, clock,
                calls, null, 1));
        problem = runAll(after);
        return new ParallelExecution(scenario, sorted(calls), problem, problem == null ? List.of() : stuck(after));
    }

    /** Records each call's outcome as settled once every thread has returned ({@link Command#settled}). */
    private static void settle(List<Call<Command, Outcome>> calls, RunContext context) {
        synchronized (calls) {
            calls.replaceAll(call -> new Call<>(call.thread(), call.operation(),
                    call.operation().settled(call.observed(), context), call.invoked(), call.returned()));
        }
    }

    /**
     * Closes the run's registry, if it offers close, on a worker with a time limit: a close that
     * blocks (a lock never released) is a hang of the run, not of the build.
     *
     * @return null, or the hang
     */
    private String closeWithin(PluginRegistry<String, Plugin> registry) {
        if (!features.offers(Feature.CLOSE)) {
            return null;
        }
        Workers.Ending ending = Workers.runAll(List.of(() -> {
            try {
                registry.close();
            } catch (RuntimeException ignored) {
                // the verdict is about the history; a failing close is the concern of other properties
            }
            return null;
        }), HANG_MILLIS);
        return ending.timedOut() ? "hang: registry.close() after the run did not return within " + HANG_MILLIS + " ms"
                : null;
    }

    /**
     * The reads made once every thread has returned, part of the history like any call: how many
     * waiters are pending (C6), the state (a snapshot, or a lookup of every node the scenario names)
     * and its size, how each async wait's future reads, and what each listener rebuilt from its
     * events (C8). What a run leaves behind shows here even when every call in it was right.
     *
     * @param scenario the scenario
     * @param features what the registry offers
     * @return the commands, in this order
     */
    public static List<Command> finale(ParallelScenario scenario, Features features) {
        List<Command> finale = new ArrayList<>();
        if (features.offers(Feature.PENDING_WAITERS)) {
            finale.add(new PendingWaiters());
        }
        if (features.offers(Feature.SNAPSHOT)) {
            finale.add(new Snapshot());
        } else {
            java.util.TreeSet<String> nodes = new java.util.TreeSet<>();
            scenario.commands().forEach(c -> nodes.addAll(c.nodes()));
            nodes.forEach(node -> finale.add(new Lookup(node)));
        }
        if (features.offers(Feature.SIZE)) {
            finale.add(new Size());
        }
        for (Command c : scenario.commands()) {
            if (c instanceof AwaitAsync a) {
                finale.add(new CheckWaiter(a.waiter(), a.node()));
            } else if (c instanceof Subscribe subscribe) {
                finale.add(new ListenerView(subscribe.subscription()));
            }
        }
        return finale;
    }

    private static List<Call<Command, Outcome>> sorted(List<Call<Command, Outcome>> calls) {
        List<Call<Command, Outcome>> copy;
        synchronized (calls) {
            copy = new ArrayList<>(calls);
        }
        copy.sort((a, b) -> a.thread() != b.thread() ? Integer.compare(a.thread(), b.thread())
                : Long.compare(a.invoked(), b.invoked()));
        return copy;
    }

    /** Runs the workers and waits for them; returns null, or a description of a hang or crash. */
    private static String runAll(List<Worker> workers) {
        long budget = HANG_MILLIS;
        for (Worker w : workers) {
            for (Command c : w.commands) {
                if (c instanceof Await a) {
                    budget += a.timeoutMillis();
                }
            }
        }
        Workers.Ending ending = Workers.runAll(workers, budget);
        if (ending.timedOut()) {
            return "hang: not every thread returned within " + budget + " ms";
        }
        if (ending.crash() != null) {
            return "crash: " + workers.get(ending.crashed()).name() + " threw " + ending.crash();
        }
        return null;
    }

    private static List<String> stuck(List<Worker> workers) {
        List<String> stuck = new ArrayList<>();
        for (Worker w : workers) {
            int at = w.step.get();
            if (at >= 0 && at < w.commands.size()) {
                stuck.add(w.name() + ": " + w.commands.get(at).toJava());
            }
        }
        return stuck;
    }

    /** Runs one thread's commands, recording each call. */
    private static final class Worker implements Callable<Void> {
        final int thread;
        final List<Command> commands;
        final RunContext context;
        final HistoryClock clock;
        final List<Call<Command, Outcome>> calls;
        final AtomicInteger arrived; // null for the prefix, which starts at once
        final int parties;
        final AtomicInteger step = new AtomicInteger(-1);

        Worker(int thread, List<Command> commands, RunContext context, HistoryClock clock,
               List<Call<Command, Outcome>> calls, AtomicInteger arrived, int parties) {
            this.thread = thread;
            this.commands = commands;
            this.context = context;
            this.clock = clock;
            this.calls = calls;
            this.arrived = arrived;
            this.parties = parties;
        }

        String name() {
            return thread == 0 ? "prefix" : "thread " + thread;
        }

        @Override
        public Void call() {
            if (arrived != null && !startTogether()) {
                return null; // cancelled before every worker arrived
            }
            List<Call<Command, Outcome>> mine = new ArrayList<>(commands.size());
            try {
                for (int i = 0; i < commands.size(); i++) {
                    step.set(i);
                    Command command = commands.get(i);
                    long invoked = clock.tick();
                    Outcome outcome = command.run(context);
                    long returned = clock.tick();
                    mine.add(new Call<>(thread, command, outcome, invoked, returned));
                }
                step.set(commands.size());
            } finally {
                calls.addAll(mine);
            }
            return null;
        }

        /**
         * Spins until every worker of the run has arrived, yielding now and then so that 2 cores can
         * run 3 workers; returns false if interrupted first.
         */
        private boolean startTogether() {
            arrived.incrementAndGet();
            int spins = 0;
            while (arrived.get() < parties) {
                if (++spins % 64 == 0) {
                    if (Thread.currentThread().isInterrupted()) {
                        return false;
                    }
                    Thread.yield();
                } else {
                    Thread.onSpinWait();
                }
            }
            return true;
        }
    }
}
