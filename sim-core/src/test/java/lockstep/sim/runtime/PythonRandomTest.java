package lockstep.sim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The generator reproduces CPython 3.11's {@code random} streams; expected values were printed by CPython. */
class PythonRandomTest {
    @Test
    void randomMatchesCPythonForSeed42() {
        PythonRandom r = new PythonRandom(42);
        assertEquals(0.6394267984578837, r.random());
        assertEquals(0.025010755222666936, r.random());
        assertEquals(0.27502931836911926, r.random());
    }

    @Test
    void randintMatchesCPython() {
        PythonRandom r = new PythonRandom(42);
        long[] expected = {82, 15, 4, 95, 36};
        for (long e : expected) {
            assertEquals(e, 1 + r.randbelow(100));
        }
    }

    @Test
    void getrandbitsAcrossWordsMatchesCPython() {
        PythonRandom r = new PythonRandom(7);
        assertEquals(new BigInteger("183505726384713937976"), r.getrandbits(70));
    }

    @Test
    void seedsWiderThan32BitsMatchCPython() {
        PythonRandom r = new PythonRandom((1L << 40) + 3);
        assertEquals(0.21978710637116716, r.random());
    }
}
