package io.nodeplugins.properties.linearizability;

import io.nodeplugins.properties.model.CloseHandle;
import io.nodeplugins.properties.model.Command;
import io.nodeplugins.properties.model.CommandMix;
import io.nodeplugins.properties.model.Generators;
import io.nodeplugins.properties.model.Register;
import io.nodeplugins.properties.model.RegistryModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
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
     * The size of the scenarios a property draws and the commands they draw from. Immutable.
     *
     * @param mix                  the command weights; the prefix keeps only the registrations and
     *                             handle closes it draws, so that it sets up state quickly
     * @param maxPrefix            the longest prefix
     * @param minThreads           the fewest threads (at least 2)
     * @param maxThreads           the most threads
     * @param maxCommandsPerThread the longest suffix (each has at least 1 command)
     */
    public record Shape(CommandMix mix, int maxPrefix, int minThreads, int maxThreads, int maxCommandsPerThread) {

        /**
         * Checks the bounds.
         *
         * @param mix                  the command weights
         * @param maxPrefix            the longest prefix; not negative
         * @param minThreads           at least 2
         * @param maxThreads           at least {@code minThreads}
         * @param maxCommandsPerThread at least 1
         */
        public Shape {
            Objects.requireNonNull(mix, "mix");
            if (maxPrefix < 0 || minThreads < 2 || maxThreads < minThreads || maxCommandsPerThread < 1) {
                throw new IllegalArgumentException("bad scenario shape: prefix " + maxPrefix + ", threads " + minThreads
                        + ".." + maxThreads + ", commands per thread " + maxCommandsPerThread);
            }
        }
    }

    /**
     * Draws a scenario from {@code random} alone, so that its seed reproduces it. One command source
     * draws everything, so registration numbers are unique across the scenario; the prefix is drawn
     * from the empty model and every suffix from the state after the prefix. A thread closes only
     * handles of the prefix or of its own earlier registrations: another thread's handle reaches the
     * run context only when that register call returns, well after the registration took effect, so
     * a close of it could find no handle although the registration is linearized, and the model could
     * not tell.
     *
     * @param random the seeded source
     * @param shape  the size and the commands
     * @return the scenario
     */
    public static ParallelScenario generate(SplittableRandom random, Shape shape) {
        Generators.CommandSource source = new Generators(random).commandSource(shape.mix());
        List<Command> prefix = new ArrayList<>();
        RegistryModel afterPrefix = RegistryModel.EMPTY;
        int prefixLength = random.nextInt(shape.maxPrefix() + 1);
        for (int draws = 0; prefix.size() < prefixLength && draws < 20 * prefixLength; draws++) {
            Command c = source.next(afterPrefix);
            if (c instanceof Register || c instanceof CloseHandle) {
                prefix.add(c);
                afterPrefix = c.apply(afterPrefix).next();
            }
        }
        Set<Integer> prefixHandles = new HashSet<>();
        prefix.forEach(c -> prefixHandles.addAll(c.registrations()));
        int threadCount = shape.minThreads() + random.nextInt(shape.maxThreads() - shape.minThreads() + 1);
        List<List<Command>> threads = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            List<Command> suffix = new ArrayList<>();
            Set<Integer> handles = new HashSet<>(prefixHandles);
            RegistryModel model = afterPrefix;
            int length = 1 + random.nextInt(shape.maxCommandsPerThread());
            for (int draws = 0; suffix.size() < length && draws < 20 * length; draws++) {
                Command c = source.next(model);
                if (c instanceof CloseHandle close && !handles.contains(close.registration())) {
                    continue; // see below: a thread closes only handles it can already hold
                }
                handles.addAll(c.registrations());
                suffix.add(c);
                model = c.apply(model).next();
            }
            threads.add(suffix);
        }
        return new ParallelScenario(prefix, threads);
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
