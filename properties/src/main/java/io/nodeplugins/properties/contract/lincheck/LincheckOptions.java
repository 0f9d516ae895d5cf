package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.engine.core.Settings;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * The Lincheck options of the contract: the CI setting keeps the Lincheck tests of a registry within
 * a few tens of seconds on two cores, and {@link Settings#lincheckScale()} multiplies its iterations
 * (the thorough effort uses 8). Every scenario has a small init part, 3 (stress) or 2 (model
 * checking) threads of 3 operations and a post part, checked against
 * {@link RegistryModelSpecification}. Stateless.
 */
public final class LincheckOptions {

    /** Stress iterations per unit of scale. */
    public static final int STRESS_ITERATIONS = 25;
    /** Invocations per stress iteration. */
    public static final int STRESS_INVOCATIONS = 1_000;
    /** Stress-with-await iterations per unit of scale. */
    public static final int AWAIT_ITERATIONS = 10;
    /** Invocations per stress-with-await iteration (each timed-out await costs its timeout). */
    public static final int AWAIT_INVOCATIONS = 300;
    /** Model-checking iterations per unit of scale. */
    public static final int MC_ITERATIONS = 10;
    /** Invocations per model-checking iteration. */
    public static final int MC_INVOCATIONS = 200;

    private LincheckOptions() {
    }

    /**
     * Stress mode: real threads, many invocations per scenario.
     *
     * @param settings the settings (their Lincheck scale)
     * @return the options
     */
    public static StressOptions stress(Settings settings) {
        return new StressOptions()
                .iterations(settings.lincheckIterations(STRESS_ITERATIONS))
                .invocationsPerIteration(STRESS_INVOCATIONS)
                .threads(3).actorsPerThread(3).actorsBefore(1).actorsAfter(1)
                .sequentialSpecification(RegistryModelSpecification.class);
    }

    /**
     * Stress mode with awaits: fewer invocations, since each timed-out await costs its timeout.
     *
     * @param settings the settings (their Lincheck scale)
     * @return the options
     */
    public static StressOptions stressWithAwait(Settings settings) {
        return stress(settings).iterations(settings.lincheckIterations(AWAIT_ITERATIONS))
                .invocationsPerIteration(AWAIT_INVOCATIONS);
    }

    /**
     * Model-checking mode: Lincheck controls the interleaving and pins {@code System.nanoTime()}, so
     * scenarios checked this way never contain a timed await. Two threads: every shared access of
     * the registry (and of the JDK maps inside it) is a switch point, so three threads would cost
     * minutes.
     *
     * @param settings the settings (their Lincheck scale)
     * @return the options
     */
    public static ModelCheckingOptions modelChecking(Settings settings) {
        return new ModelCheckingOptions()
                .iterations(settings.lincheckIterations(MC_ITERATIONS))
                .invocationsPerIteration(MC_INVOCATIONS)
                .threads(2).actorsPerThread(3).actorsBefore(1).actorsAfter(1)
                .sequentialSpecification(RegistryModelSpecification.class);
    }
}
