package lockstep.bench;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.explore.ExploreMode;
import lockstep.sim.explore.ExploreMonitor;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Explorer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The explorer on the counter race (the lost update, two threads × N increments), the figures issue 13 sets
 * targets for: the 2 × 5 census by the state search (one search per measurement, target ≤ 1 s), the DPOR
 * search's executions per second on 2 × 3 (target ≥ 10,000/s on one core), the state search on 2 × 6, the
 * largest two-thread model {@code benchmarks/spin/} runs SPIN on, and on 2 × 10 (over five billion interleavings,
 * which must take seconds), on one thread and on every core (target: 1.6 times as fast on two). Every search is checked against its known
 * number of interleavings, so a benchmark that measures a wrong search fails instead of reporting.
 */
@Fork(1)
@State(Scope.Benchmark)
public class ExplorerBenchmark {
    private static final BigInteger CENSUS_2X3 = BigInteger.valueOf(328);
    private static final BigInteger CENSUS_2X5 = BigInteger.valueOf(34_904);
    private static final BigInteger CENSUS_2X6 = BigInteger.valueOf(372_436);
    private static final BigInteger CENSUS_2X10 = BigInteger.valueOf(5_355_697_084L);

    private Program twoByThree;
    private Program twoByFive;
    private Program twoBySix;
    private Program twoByTen;

    /** Counts the program runs the searches make, so JMH reports executions per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Executions {
        public long executions;

        @Setup(Level.Iteration)
        public void reset() {
            executions = 0;
        }
    }

    @Setup
    public void setUp() {
        twoByThree = Programs.lostUpdate(2, 3);
        twoByFive = Programs.lostUpdate(2, 5);
        twoBySix = Programs.lostUpdate(2, 6);
        twoByTen = Programs.lostUpdate(2, 10);
    }

    /** The 2 × 5 census by the state search, one whole search per measurement. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public ExploreResult census2x5States() {
        return checked(explore(twoByFive, ExploreMode.STATES), CENSUS_2X5);
    }

    /** DPOR on 2 × 3: the {@code executions} counter divided by the time is the executions per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public ExploreResult dpor2x3(Executions counter) {
        ExploreResult r = checked(explore(twoByThree, ExploreMode.DPOR), CENSUS_2X3);
        counter.executions += r.executions();
        return r;
    }

    /** The state search on 2 × 6 (372,436 interleavings), one whole search per measurement. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public ExploreResult states2x6() {
        return checked(explore(twoBySix, ExploreMode.STATES), CENSUS_2X6);
    }

    /** The state search on 2 × 10 (5,355,697,084 interleavings) on the calling thread. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public ExploreResult states2x10() {
        return checked(explore(twoByTen, ExploreMode.STATES), CENSUS_2X10);
    }

    /** The same search shared by a thread per core. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public ExploreResult states2x10OnEveryCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        return checked(explore(twoByTen, ExploreMode.STATES, cores), CENSUS_2X10);
    }

    private static ExploreResult explore(Program program, ExploreMode mode) {
        return explore(program, mode, 1);
    }

    private static ExploreResult explore(Program program, ExploreMode mode, int workers) {
        return Explorer.explore(program, RunOptions.defaults(),
                ExploreOptions.defaults().withMode(mode).withWorkers(workers), ExploreMonitor.NONE);
    }

    private static ExploreResult checked(ExploreResult r, BigInteger interleavings) {
        if (!r.complete() || !r.interleavings().equals(interleavings)) {
            throw new IllegalStateException("search " + r.stopReason() + " with " + r.interleavings()
                    + " interleavings, expected " + interleavings);
        }
        return r;
    }
}
