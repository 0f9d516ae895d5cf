package io.nodeplugins.properties.engine.shrinking;

import io.nodeplugins.properties.engine.parallel.ParallelRunner;
import io.nodeplugins.properties.engine.parallel.ParallelScenario;
import io.nodeplugins.properties.engine.parallel.RunFailure;
import io.nodeplugins.properties.engine.core.Failure;
import io.nodeplugins.properties.engine.core.Property;
import io.nodeplugins.properties.engine.core.Shrunk;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.features.KeySpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shrinks a failing parallel scenario: first to the commands on the one node whose calls alone
 * were not linearizable (when the checker names one), then in passes that drop commands (chunks,
 * then single ones), then whole threads (keeping at least one after the prefix), then simplify
 * arguments (shorter timeouts, the simplest node names, registrations numbered 1, 2, 3), until a
 * pass changes nothing. Concurrency failures do not show on every run, so each candidate is rerun
 * up to {@code runsPerCandidate} times, and in the passes after one that changed nothing up to 3
 * and then 9 times as often, and counts as failing if any run fails the same way
 * ({@link RunFailure#signature()}). A time budget bounds the whole shrink; the result says
 * whether it was spent. Each {@link #shrink} keeps its own state, so one instance may serve several
 * threads.
 */
public final class ScenarioShrinker implements Property.SequenceShrinker<ParallelScenario> {

    /** The most rounds of dropping and simplifying; each round after the first retries every drop. */
    static final int MAX_PASSES = 8;

    /** How many times the base runs per candidate the last, most patient passes use. */
    static final int ESCALATION = 9;

    private final ParallelRunner runner;
    private final int runsPerCandidate;
    private final long budgetMillis;
    private final KeySpace keys;

    /**
     * Creates a shrinker.
     *
     * @param runner           runs candidates
     * @param runsPerCandidate the runs of one candidate in the first passes
     * @param budgetMillis     the time one shrink may take
     * @param keys             the key space names are simplified within
     */
    public ScenarioShrinker(ParallelRunner runner, int runsPerCandidate, long budgetMillis, KeySpace keys) {
        this.runner = runner;
        this.runsPerCandidate = runsPerCandidate;
        this.budgetMillis = budgetMillis;
        this.keys = keys;
    }

    @Override
    public Shrunk<ParallelScenario> shrink(ParallelScenario failing, Failure failure) {
        return new Run(runner, (RunFailure) failure, runsPerCandidate, budgetMillis, keys).shrink(failing);
    }

    /** The state of one shrink. */
    private static final class Run {

        private final ParallelRunner runner;
        private final int runsPerCandidate;
        private final long deadline;
        private final String kind;
        private RunFailure lastFailure;
        private int candidates;
        private int runs;
        private boolean budgetSpent;
        private final KeySpace keys;

        Run(ParallelRunner runner, RunFailure original, int runsPerCandidate, long budgetMillis, KeySpace keys) {
            this.runner = runner;
            this.keys = keys;
            this.lastFailure = original;
            this.kind = original.signature();
            this.runsPerCandidate = runsPerCandidate;
            this.runs = runsPerCandidate;
            this.deadline = System.nanoTime() + budgetMillis * 1_000_000L;
        }

        Shrunk<ParallelScenario> shrink(ParallelScenario failing) {
            ParallelScenario current = onFailedKey(failing);
            // A candidate that did not fail in its runs may still fail: the race is rare, not gone. So
            // the passes repeat while they make progress, and a pass that changes nothing is repeated
            // with more runs per candidate, up to ESCALATION times the base, giving every unlucky drop
            // another, longer chance on what is by then a smaller, faster scenario.
            for (int pass = 0; pass < MAX_PASSES && !budgetSpent; pass++) {
                ParallelScenario before = current;
                current = simplify(dropThreads(dropCommands(current)));
                if (current.equals(before)) {
                    if (runs >= runsPerCandidate * ESCALATION) {
                        break;
                    }
                    runs = Math.min(runs * 3, runsPerCandidate * ESCALATION);
                }
            }
            String how = "shrinking tried " + candidates + " candidates of up to " + runs + " runs each"
                    + (budgetSpent ? " and stopped at its time budget" : "") + "; it failed on rerun " + lastFailure.run();
            return new Shrunk<>(current, lastFailure, how);
        }

        /* ---------------- Steps ---------------- */

        /**
         * When the checker found that the calls on one node alone are not linearizable, first tries that
         * node's commands alone: one candidate that usually removes most of the scenario, and a race on
         * fewer commands tends to show more often.
         */
        private ParallelScenario onFailedKey(ParallelScenario scenario) {
            Object key = lastFailure.verdict() == null ? null : lastFailure.verdict().failedKey();
            if (!(key instanceof String node)) {
                return scenario;
            }
            ParallelScenario candidate = scenario.filter(c -> c.nodes().contains(node));
            return !candidate.threads().isEmpty() && candidate.size() < scenario.size() && fails(candidate)
                    ? candidate : scenario;
        }

        private ParallelScenario dropCommands(ParallelScenario scenario) {
            ParallelScenario current = scenario;
            for (int list = 0; list <= current.threads().size(); list++) {
                int threadsBefore = current.threads().size();
                boolean threadDropped = false;
                for (int chunk = Math.max(1, listOf(current, list).size() / 2); chunk >= 1 && !threadDropped; chunk /= 2) {
                    int start = 0;
                    while (start + chunk <= listOf(current, list).size()) {
                        ParallelScenario candidate = without(current, list, start, start + chunk);
                        if (!candidate.threads().isEmpty() && fails(candidate)) {
                            current = candidate;
                            if (current.threads().size() < threadsBefore) {
                                threadDropped = true; // its last command went, and the thread with it
                                break;
                            }
                        } else {
                            start += chunk;
                        }
                    }
                }
                if (threadDropped) {
                    list--; // the next thread moved into this index
                }
            }
            return current;
        }

        private ParallelScenario dropThreads(ParallelScenario scenario) {
            ParallelScenario current = scenario;
            int t = 0;
            while (t < current.threads().size() && current.threads().size() > 1) {
                List<List<Command>> threads = new ArrayList<>(current.threads());
                threads.remove(t);
                ParallelScenario candidate = new ParallelScenario(current.prefix(), threads);
                if (fails(candidate)) {
                    current = candidate;
                } else {
                    t++;
                }
            }
            return current;
        }

        private ParallelScenario simplify(ParallelScenario scenario) {
            ParallelScenario current = scenario;
            // Arguments of single commands, e.g. a shorter timeout.
            List<Command> all = current.commands();
            for (Command command : all) {
                for (Command simpler : command.simplifications(keys)) {
                    ParallelScenario candidate = replaceFirst(current, command, simpler);
                    if (fails(candidate)) {
                        current = candidate;
                        break;
                    }
                }
            }
            // Node names, towards the front of the valid names, never merging two nodes.
            Set<String> nodes = Simplifications.nodesOf(current.commands());
            for (String node : List.copyOf(nodes)) {
                for (String simpler : Simplifications.simplerNames(node, nodes, keys)) {
                    ParallelScenario candidate = current.map(c -> c.withNode(node, simpler));
                    if (fails(candidate)) {
                        current = candidate;
                        nodes.remove(node);
                        nodes.add(simpler);
                        break;
                    }
                }
            }
            // Registrations numbered 1, 2, 3 in the order they appear.
            ParallelScenario renumbered = current.map(Simplifications.renumbering(current.commands()));
            if (!renumbered.equals(current) && fails(renumbered)) {
                current = renumbered;
            }
            return current;
        }

        /* ---------------- Candidates ---------------- */

        private boolean fails(ParallelScenario candidate) {
            if (System.nanoTime() - deadline > 0) {
                budgetSpent = true;
                return false;
            }
            candidates++;
            RunFailure failure = runner.check(candidate, runs);
            if (failure != null && failure.signature().equals(kind)) {
                lastFailure = failure;
                return true;
            }
            return false;
        }

        private static List<Command> listOf(ParallelScenario s, int list) {
            return list == 0 ? s.prefix() : s.threads().get(list - 1);
        }

        private static ParallelScenario without(ParallelScenario s, int list, int from, int to) {
            List<Command> shorter = new ArrayList<>(listOf(s, list).subList(0, from));
            shorter.addAll(listOf(s, list).subList(to, listOf(s, list).size()));
            if (list == 0) {
                return new ParallelScenario(shorter, s.threads());
            }
            List<List<Command>> threads = new ArrayList<>(s.threads());
            if (shorter.isEmpty()) {
                threads.remove(list - 1);
            } else {
                threads.set(list - 1, shorter);
            }
            return new ParallelScenario(s.prefix(), threads);
        }

        private static ParallelScenario replaceFirst(ParallelScenario s, Command from, Command to) {
            boolean[] done = {false};
            return s.map(c -> {
                if (!done[0] && c.equals(from)) {
                    done[0] = true;
                    return to;
                }
                return c;
            });
        }
    }
}
