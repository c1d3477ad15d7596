package lockstep.sim.explore;

import java.math.BigInteger;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.machine.SimThread;
import lockstep.sim.runtime.PythonRandom;

/**
 * Knuth's estimate of the size of a search tree, made before an exhaustive search: a few runs choosing at random,
 * each multiplying the number of choices it met; their mean estimates the number of interleavings of operations
 * (an upper bound on the traces the search will count). Seeded, so the estimate is the same every time.
 */
final class Estimator implements Execution.Chooser {
    /** Runs averaged. */
    static final int PROBES = 8;

    private final PythonRandom random;
    private BigInteger product = BigInteger.ONE;

    private Estimator(long seed) {
        this.random = new PythonRandom(seed);
    }

    static BigInteger estimate(Program program, RunOptions run, ExploreOptions options) {
        Estimator probe = new Estimator(options.seed());
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < PROBES; i++) {
            probe.product = BigInteger.ONE;
            new Execution(program, run, options, probe).run();
            sum = sum.add(probe.product);
        }
        return sum.divide(BigInteger.valueOf(PROBES));
    }

    @Override
    public int choose(Execution e, List<SimThread> runnable, Execution.Op finished) {
        product = product.multiply(BigInteger.valueOf(runnable.size()));
        return runnable.get((int) random.randbelow(runnable.size())).id();
    }
}
