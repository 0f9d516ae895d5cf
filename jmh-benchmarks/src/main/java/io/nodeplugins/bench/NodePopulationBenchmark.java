package io.nodeplugins.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the single-threaded benchmarks share: average time in nanoseconds, one fork, and a
 * population of 16, 1,024 or 65,536 registered nodes with a key array sampled from them. JMH
 * inherits the annotations, the parameter and the set-up. The state is shared by the benchmark's
 * threads (one by default) and published to them by JMH's set-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public abstract class NodePopulationBenchmark {

    /** How many nodes are registered. */
    @Param({"16", "1024", "65536"})
    public int nodes;

    /** The registered nodes, stored in the registry and in the direct maps. */
    protected RegisteredNodes population;

    /** {@link NodeKeys#KEY_COUNT} keys drawn from the registered nodes. */
    protected String[] keys;

    /** Creates the benchmark; JMH calls this. */
    protected NodePopulationBenchmark() {
    }

    /** Registers the nodes and fills the key array. */
    @Setup
    public void fill() {
        population = RegisteredNodes.fill(nodes);
        keys = NodeKeys.sample(population.names());
    }

    /** Closes the registry. */
    @TearDown
    public void close() {
        population.close();
    }
}
