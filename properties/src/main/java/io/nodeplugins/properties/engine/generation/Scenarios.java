package io.nodeplugins.properties.engine.generation;

import io.nodeplugins.properties.engine.model.AwaitAsync;
import io.nodeplugins.properties.engine.model.CheckWaiter;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.Unsubscribe;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.parallel.ParallelScenario;
import io.nodeplugins.properties.features.Features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the scenarios of both engines from a seeded random source alone, so that a seed reproduces
 * its scenario: command sequences for the sequential engine, and parallel scenarios of a prefix and
 * concurrent suffixes. Stateless.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * Draws a command sequence of 1 to {@code maxSteps} commands from {@code mix}.
     *
     * @param random   the seeded source
     * @param mix      the command weights
     * @param maxSteps the longest sequence
     * @param features what the registry offers: only offered commands are drawn
     * @return the sequence
     */
    public static List<Command> sequence(SplittableRandom random, CommandMix mix, int maxSteps, Features features) {
        return new Generators(random, features).commands(mix, 1 + random.nextInt(maxSteps));
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
     * not tell. Likewise a thread reads only futures of the prefix's or its own earlier async waits,
     * and closes only subscriptions it made itself.
     *
     * @param random   the seeded source
     * @param shape    the size and the commands
     * @param features what the registry offers: only offered commands are drawn
     * @return the scenario
     */
    public static ParallelScenario parallel(SplittableRandom random, Shape shape, Features features) {
        Generators.CommandSource source = new Generators(random, features).commandSource(shape.mix());
        List<Command> prefix = new ArrayList<>();
        RegistryModel afterPrefix = RegistryModel.empty(features.semantics());
        int prefixLength = random.nextInt(shape.maxPrefix() + 1);
        for (int draws = 0; prefix.size() < prefixLength && draws < 20 * prefixLength; draws++) {
            Command c = source.next(afterPrefix);
            if (c instanceof Register || c instanceof CloseHandle || c instanceof AwaitAsync) {
                prefix.add(c);
                afterPrefix = c.apply(afterPrefix).next();
            }
        }
        Set<Integer> prefixHandles = new HashSet<>();
        prefix.forEach(c -> prefixHandles.addAll(c.registrations()));
        // waiters and subscriptions share one numbering: a thread holds the futures of the prefix (it
        // subscribes nothing) and whatever it awaited or subscribed itself
        Set<Integer> prefixHeld = new HashSet<>();
        prefix.forEach(c -> prefixHeld.addAll(c.subscriptions()));
        int threadCount = shape.minThreads() + random.nextInt(shape.maxThreads() - shape.minThreads() + 1);
        List<List<Command>> threads = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            List<Command> suffix = new ArrayList<>();
            Set<Integer> handles = new HashSet<>(prefixHandles);
            Set<Integer> held = new HashSet<>(prefixHeld);
            RegistryModel model = afterPrefix;
            int length = 1 + random.nextInt(shape.maxCommandsPerThread());
            for (int draws = 0; suffix.size() < length && draws < 20 * length; draws++) {
                Command c = source.next(model);
                if (c instanceof CloseHandle close && !handles.contains(close.registration())
                        || c instanceof CheckWaiter check && !held.contains(check.waiter())
                        || c instanceof Unsubscribe unsubscribe && !held.contains(unsubscribe.subscription())) {
                    continue; // see above: a thread uses only handles, futures and subscriptions it holds
                }
                handles.addAll(c.registrations());
                held.addAll(c.subscriptions());
                suffix.add(c);
                model = c.apply(model).next();
            }
            threads.add(suffix);
        }
        return new ParallelScenario(prefix, threads);
    }

}
