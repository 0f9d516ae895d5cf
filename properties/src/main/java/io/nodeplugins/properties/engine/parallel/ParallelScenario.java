package io.nodeplugins.properties.engine.parallel;

import io.nodeplugins.properties.engine.model.Command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A parallel scenario: a sequential prefix run by one thread, then one suffix per thread, all run at
 * once. Immutable. Every command is defined in every model state, so whatever interleaving the
 * threads take, each step has a well-defined expected outcome; the checker decides whether some
 * interleaving explains what was observed.
 *
 * @param prefix  the commands run first, in order, by one thread
 * @param threads the suffixes, one per thread, run concurrently after the prefix
 */
public record ParallelScenario(List<Command> prefix, List<List<Command>> threads) {

    /**
     * Copies the lists.
     *
     * @param prefix  the sequential prefix
     * @param threads the parallel suffixes
     */
    public ParallelScenario {
        prefix = List.copyOf(prefix);
        threads = threads.stream().map(List::copyOf).toList();
    }

    /**
     * Returns the number of commands, prefix included.
     *
     * @return the size
     */
    public int size() {
        return prefix.size() + threads.stream().mapToInt(List::size).sum();
    }

    /**
     * Returns this scenario with every command mapped (for renaming nodes, renumbering).
     *
     * @param f the mapping
     * @return the new scenario
     */
    public ParallelScenario map(UnaryOperator<Command> f) {
        return new ParallelScenario(prefix.stream().map(f).toList(),
                threads.stream().map(t -> t.stream().map(f).toList()).toList());
    }

    /**
     * Returns this scenario with only the commands that {@code keep} accepts; a thread left without
     * commands goes (the result may have no thread at all).
     *
     * @param keep which commands stay
     * @return the new scenario
     */
    public ParallelScenario filter(Predicate<Command> keep) {
        return new ParallelScenario(prefix.stream().filter(keep).toList(),
                threads.stream().map(t -> t.stream().filter(keep).toList()).filter(t -> !t.isEmpty()).toList());
    }

    /**
     * Returns every command, prefix first, then the threads in order.
     *
     * @return the commands
     */
    public List<Command> commands() {
        List<Command> all = new ArrayList<>(prefix);
        threads.forEach(all::addAll);
        return all;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        prefix.forEach(c -> s.append("prefix:   ").append(c.toJava()).append('\n'));
        for (int t = 0; t < threads.size(); t++) {
            for (Command c : threads.get(t)) {
                s.append("thread ").append(t + 1).append(": ").append(c.toJava()).append('\n');
            }
        }
        return s.toString();
    }
}
