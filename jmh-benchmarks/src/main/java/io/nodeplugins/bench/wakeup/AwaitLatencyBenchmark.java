package io.nodeplugins.bench.wakeup;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Await wake-up latency: the time from {@code register} to the waiting thread's return from
 * {@code await} (C6), against the physical limit measured in the same run (a bare
 * {@code LockSupport.park}/{@code unpark} hand-off) and against polling loops that sleep 1 ms and
 * 10 ms between {@code ConcurrentHashMap} reads.
 *
 * <p>Each invocation is one round: untimed, a {@link WaiterThread} starts waiting and the set-up
 * waits until it is really blocked, then waits a random delay (uniform over the path's arrival
 * window: the poll interval for pollers, 100 µs for parked waiters) so that pollers are caught at a
 * random phase; timed, the
 * benchmark thread publishes the plugin and spins until the waiter has returned. Sample-time mode,
 * so the JSON holds the percentiles (p50 is the median the targets use). {@code Level.Invocation}
 * set-up is sound here because every invocation lasts microseconds or more.
 *
 * <p>Run just this with {@code java -jar benchmarks.jar AwaitLatencyBenchmark}. Uses two threads
 * (the benchmark thread and the waiter).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
@Clauses(Clause.C6)
public class AwaitLatencyBenchmark {

    /** The wake-up path. */
    @Param({"registryAwait", "parkUnpark", "poll1ms", "poll10ms"})
    public String path;

    private WakeUpPath wakeUp;
    private WaiterThread waiter;

    /** Creates the benchmark; JMH calls this. */
    public AwaitLatencyBenchmark() {
    }

    /** Starts the waiter thread. */
    @Setup(Level.Trial)
    public void start() {
        wakeUp = create(path);
        waiter = new WaiterThread(wakeUp);
    }

    /**
     * Returns the named path.
     *
     * @param name a value of {@link #path}
     * @return a new path
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    static WakeUpPath create(String name) {
        switch (name) {
            case "registryAwait":
                return new RegistryAwaitPath();
            case "parkUnpark":
                return new ParkUnparkPath();
            case "poll1ms":
                return new PollingPath(1);
            case "poll10ms":
                return new PollingPath(10);
            default:
                throw new IllegalArgumentException("unknown wake-up path '" + name
                        + "'; known: registryAwait, parkUnpark, poll1ms, poll10ms");
        }
    }

    /** Untimed: the waiter blocks, then the plugin's arrival is delayed at random. */
    @Setup(Level.Invocation)
    public void waiterBlocks() {
        waiter.startRoundAndAwaitBlocked();
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(wakeUp.arrivalWindowNanos()));
    }

    /** Timed: publish the plugin and wait until the waiter has returned. */
    @Benchmark
    public void wakeUp() {
        wakeUp.publishPlugin();
        waiter.awaitReturned();
    }

    /** Untimed: the plugin is made absent again. */
    @TearDown(Level.Invocation)
    public void reset() {
        wakeUp.reset();
    }

    /** Stops the waiter thread. */
    @TearDown(Level.Trial)
    public void stop() {
        waiter.close();
        wakeUp.close();
    }
}
