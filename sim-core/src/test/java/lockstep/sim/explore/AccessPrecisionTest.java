package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import org.junit.jupiter.api.Test;

/** Operations the explorer must keep ordered, and ones it must let commute, read from what they touch. */
class AccessPrecisionTest {
    private static ExploreResult explore(String source) throws Exception {
        return Explorer.explore(Simulator.compile("p.py", source), RunOptions.defaults(), ExploreOptions.defaults(),
                ExploreMonitor.NONE);
    }

    private static final String THREADS = """
            t1 = threading.Thread(target=a)
            t2 = threading.Thread(target=b)
            t1.start(); t2.start(); t1.join(); t2.join()
            """;

    @Test
    void aTruthTestOfAListIsOrderedAgainstAnAppend() throws Exception {
        ExploreResult r = explore("""
                import threading
                items = []
                def a():
                    if items:
                        print("seen")
                def b():
                    items.append(1)
                """ + THREADS);
        assertTrue(r.complete());
        Set<List<String>> outputs = r.outcomes().stream().map(Outcome::output).collect(Collectors.toSet());
        assertEquals(Set.of(List.of(), List.of("seen")), outputs);
        assertEquals(BigInteger.TWO, r.interleavings());
    }

    @Test
    void takingOneLockOutOfAListCommutesWithTakingAnother() throws Exception {
        ExploreResult r = explore("""
                import threading
                locks = [threading.Lock(), threading.Lock()]
                def a():
                    locks[0].acquire()
                def b():
                    locks[1].acquire()
                """ + THREADS);
        assertTrue(r.complete());
        assertEquals(BigInteger.ONE, r.interleavings());
    }

    @Test
    void takingTheSameLockOutOfAListDoesNot() throws Exception {
        ExploreResult r = explore("""
                import threading
                locks = [threading.Lock(), threading.Lock()]
                def a():
                    with locks[0]:
                        pass
                def b():
                    with locks[0]:
                        pass
                """ + THREADS);
        assertTrue(r.complete());
        assertEquals(BigInteger.TWO, r.interleavings());
    }
}
