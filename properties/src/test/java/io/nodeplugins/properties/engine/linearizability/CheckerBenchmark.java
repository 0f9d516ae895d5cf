package io.nodeplugins.properties.engine.linearizability;

import io.nodeplugins.properties.engine.parallel.ParallelRunner;
import io.nodeplugins.properties.engine.parallel.ParallelScenario;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.generation.CommandKind;
import io.nodeplugins.properties.engine.generation.CommandMix;
import io.nodeplugins.properties.engine.generation.Scenarios;
import io.nodeplugins.properties.engine.generation.Generators;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.Outcome;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.Require;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A plain timing benchmark of the linearizability checker (not a test; no JMH needed): the median
 * time to check one recorded history of 3 threads x 8 operations (targets: under 1 ms), and one of
 * 10,000 operations over 64 nodes (under 1 s). The histories are real: recorded from runs of the
 * reference registry on real threads. Run from the properties module after
 * {@code mvn -pl properties -am test-compile}:
 * <pre>
 * java -cp "$(cat cp.txt)" io.nodeplugins.properties.engine.linearizability.CheckerBenchmark
 * </pre>
 */
public final class CheckerBenchmark {

    private static final LinearizabilityChecker<RegistrySpecification.State, RegistryOperation, Outcome> CHECKER =
            new LinearizabilityChecker<>(new RegistrySpecification());

    private CheckerBenchmark() {
    }

    /**
     * Prints the medians.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        ParallelRunner runner = new ParallelRunner(NodeRegistryFactory.reference());
        SplittableRandom random = new SplittableRandom(20_261_127L);
        CommandMix nodeLocal = CommandMix.builder().weight(CommandKind.REGISTER, 6).weight(CommandKind.CLOSE_HANDLE, 4)
                .weight(CommandKind.LOOKUP, 3).weight(CommandKind.REQUIRE, 2).build();
        CommandMix withSnapshots = CommandMix.builder().weight(CommandKind.REGISTER, 6)
                .weight(CommandKind.CLOSE_HANDLE, 4).weight(CommandKind.LOOKUP, 3).weight(CommandKind.REQUIRE, 2)
                .weight(CommandKind.SNAPSHOT, 2).build();
        small(runner, random, nodeLocal, "node-local commands (split per node)");
        small(runner, random, withSnapshots, "with snapshots (checked whole)");
        large(runner, random);
    }

    /** 3 threads x 8 commands: 200 recorded histories, each checked 25 times after a warm-up. */
    private static void small(ParallelRunner runner, SplittableRandom random, CommandMix mix, String what) {
        List<List<Call<RegistryOperation, Outcome>>> histories = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ParallelScenario scenario = exactly(random.split(), mix, 3, 8);
            histories.add(RegistrySpecification.history(runner.execute(scenario).calls(), ParallelRunner.SLACK_NANOS));
        }
        for (int warm = 0; warm < 20; warm++) {
            histories.forEach(CHECKER::check);
        }
        long[] nanos = new long[histories.size() * 25];
        int n = 0;
        for (int rep = 0; rep < 25; rep++) {
            for (List<Call<RegistryOperation, Outcome>> history : histories) {
                long start = System.nanoTime();
                CHECKER.check(history);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        print("3 threads x 8 operations, " + what, nanos);
    }

    /** 10,000 register, close, lookup and require calls over 64 nodes by 4 threads, checked 11 times. */
    private static void large(ParallelRunner runner, SplittableRandom random) {
        List<List<Command>> threads = new ArrayList<>();
        int registration = 0;
        for (int t = 0; t < 4; t++) {
            List<Command> commands = new ArrayList<>();
            List<Register> open = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                String node = "node-" + random.nextInt(64);
                int r = random.nextInt(10);
                if (r < 3) {
                    Register register = new Register(++registration, node);
                    open.add(register);
                    commands.add(register);
                } else if (r < 5 && !open.isEmpty()) {
                    Register closed = open.remove(random.nextInt(open.size()));
                    commands.add(new CloseHandle(closed.registration(), closed.node()));
                } else {
                    commands.add(r < 8 ? new Lookup(node) : new Require(node));
                }
            }
            threads.add(commands);
        }
        ParallelScenario scenario = new ParallelScenario(List.of(), threads);
        List<Call<RegistryOperation, Outcome>> history =
                RegistrySpecification.history(runner.execute(scenario).calls(), ParallelRunner.SLACK_NANOS);
        long[] nanos = new long[11];
        Verdict<RegistryOperation, Outcome> verdict = null;
        for (int i = -3; i < nanos.length; i++) {
            long start = System.nanoTime();
            verdict = CHECKER.check(history);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        print(history.size() + " operations over 64 nodes, 4 threads (" + verdict.parts() + " parts, "
                + (verdict.linearizable() ? "linearizable" : "NOT linearizable") + ")", nanos);
    }

    /** A scenario without prefix of exactly {@code perThread} commands per thread. */
    private static ParallelScenario exactly(SplittableRandom random, CommandMix mix, int threads, int perThread) {
        Generators.CommandSource source = new Generators(random).commandSource(mix);
        List<List<Command>> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Command> commands = new ArrayList<>();
            List<Integer> own = new ArrayList<>();
            RegistryModel model = RegistryModel.EMPTY;
            while (commands.size() < perThread) {
                Command c = source.next(model);
                if (c instanceof CloseHandle close && !own.contains(close.registration())) {
                    continue;
                }
                own.addAll(c.registrations());
                commands.add(c);
                model = c.apply(model).next();
            }
            all.add(commands);
        }
        return new ParallelScenario(List.of(), all);
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-75s median %10.3f ms   p90 %10.3f ms   (%d checks)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, sorted.length);
    }
}
