package io.nodeplugins.properties.lincheck;

import io.nodeplugins.properties.linearizability.ParallelSettings;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * The Lincheck settings: a CI setting that keeps the Lincheck tests of the reference within a few
 * tens of seconds on two cores, and a long setting chosen by {@code -Dnodeplugins.setting=long}.
 * Every scenario has a small init part, 3 (stress) or 2 (model checking) threads of 3 operations and
 * a post part, checked against {@link RegistryModelSpecification}.
 */
final class LincheckSettings {

    private static final boolean LONG = ParallelSettings.longSetting();
    /** {@code -Dnodeplugins.lincheck.scale=N}: N times the iterations (the main job's thorough mode uses 8). */
    static final int SCALE = ParallelSettings.lincheckScale();

    private LincheckSettings() {
    }

    static final int STRESS_ITERATIONS = (LONG ? 200 : 25) * SCALE;
    static final int STRESS_INVOCATIONS = LONG ? 10_000 : 1_000;
    static final int AWAIT_ITERATIONS = (LONG ? 100 : 10) * SCALE;
    static final int AWAIT_INVOCATIONS = LONG ? 2_000 : 300;
    static final int MC_ITERATIONS = (LONG ? 100 : 10) * SCALE;
    static final int MC_INVOCATIONS = LONG ? 2_000 : 200;

    /** Stress mode: real threads, many invocations per scenario. */
    static StressOptions stress() {
        return new StressOptions()
                .iterations(STRESS_ITERATIONS)
                .invocationsPerIteration(STRESS_INVOCATIONS)
                .threads(3).actorsPerThread(3).actorsBefore(1).actorsAfter(1)
                .sequentialSpecification(RegistryModelSpecification.class);
    }

    /** Stress mode with awaits: fewer invocations, since each timed-out await costs its timeout. */
    static StressOptions stressWithAwait() {
        return stress().iterations(AWAIT_ITERATIONS).invocationsPerIteration(AWAIT_INVOCATIONS);
    }

    /**
     * Model-checking mode: Lincheck controls the interleaving and pins {@code System.nanoTime()}, so
     * scenarios checked this way never contain a timed await. Two threads: every shared access of
     * the registry (and of the JDK maps inside it) is a switch point, so three threads would cost
     * minutes.
     */
    static ModelCheckingOptions modelChecking() {
        return new ModelCheckingOptions()
                .iterations(MC_ITERATIONS)
                .invocationsPerIteration(MC_INVOCATIONS)
                .threads(2).actorsPerThread(3).actorsBefore(1).actorsAfter(1)
                .sequentialSpecification(RegistryModelSpecification.class);
    }
}
