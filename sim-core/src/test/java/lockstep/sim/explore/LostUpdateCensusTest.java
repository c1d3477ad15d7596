package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The census of the lost update: two threads each adding 1 to a global N times (the bundled {@code lost-update}
 * program with N set), counted in Mazurkiewicz traces per final x. The figures are the ones a model checker gives
 * for the same model (a read and a write per increment, reads of one variable commuting).
 */
class LostUpdateCensusTest {
    private static final Path ROOT = Path.of(System.getProperty("lockstep.root", ".."));

    static Program lostUpdate(int n, int threads) throws Exception {
        String program = ScenarioLoader.load(ROOT.resolve("scenarios/threads/lost-update.yaml")).program()
                .replace("N = 200", "N = " + n);
        if (threads == 3) {
            program = program.replace("t2 = threading.Thread(target=add)\n",
                            "t2 = threading.Thread(target=add)\nt3 = threading.Thread(target=add)\n")
                    .replace("t2.start()\n", "t2.start()\nt3.start()\n")
                    .replace("t2.join()\n", "t2.join()\nt3.join()\n");
        }
        return Simulator.compile("lost_update.py", program);
    }

    static Map<Long, BigInteger> census(ExploreResult result) {
        Map<Long, BigInteger> byX = new TreeMap<>();
        for (Outcome o : result.outcomes()) {
            byX.merge((Long) o.globals().get("x"), o.count(), BigInteger::add);
        }
        return byX;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1; 2; 1=2 2=2",
        "2; 2; 2=12 3=16 4=6",
        "3; 2; 2=2 3=82 4=134 5=90 6=20",
        "5; 2; 2=2 3=46 4=466 5=4704 6=9826 7=10826 8=6682 9=2100 10=252",
        "2; 3; 2=1422 3=2790 4=2112 5=720 6=90"})
    void countsTracesPerFinalValue(int n, int threads, String expected) throws Exception {
        ExploreResult result = Explorer.explore(lostUpdate(n, threads), RunOptions.defaults(),
                ExploreOptions.defaults(), ExploreMonitor.NONE);
        Map<Long, BigInteger> want = new TreeMap<>();
        for (String pair : expected.split(" ")) {
            String[] kv = pair.split("=");
            want.put(Long.parseLong(kv[0]), new BigInteger(kv[1]));
        }
        assertEquals(want, census(result), () -> "executions " + result.executions());
        assertTrue(result.complete());
        assertEquals(want.values().stream().reduce(BigInteger.ZERO, BigInteger::add), result.interleavings());
    }
}
