package lockstep.bench;

import java.util.concurrent.TimeUnit;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
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
 * Micro-ops per second of the interpreter on a loop-heavy program, with the trace recorded as every run records
 * it. The {@code steps} counter divided by the time gives the rate; JMH prints it as ops/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class InterpreterBenchmark {
    private Program loop;
    private Program contention;

    /** Counts executed micro-ops, so JMH reports steps per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Steps {
        public long steps;

        @Setup(Level.Iteration)
        public void reset() {
            steps = 0;
        }
    }

    @Setup
    public void setUp() {
        loop = Programs.compile("loop.py");
        contention = Programs.compile("contention.py");
    }

    @Benchmark
    public RunResult loopProgram(Steps counter) {
        RunResult r = Simulator.run(loop, RunOptions.defaults());
        if (r.status() != RunStatus.COMPLETED) {
            throw new IllegalStateException(r.status() + " " + r.error());
        }
        counter.steps += r.steps();
        return r;
    }

    /** Eight threads contending for one lock, about a million steps, trace and race analysis on. */
    @Benchmark
    public RunResult lockContention(Steps counter) {
        RunResult r = Simulator.run(contention, RunOptions.defaults());
        if (r.status() != RunStatus.COMPLETED || !r.outputText().equals("48000\n")) {
            throw new IllegalStateException(r.status() + " " + r.outputText() + " " + r.error());
        }
        counter.steps += r.steps();
        return r;
    }
}
