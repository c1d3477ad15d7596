package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code hash()} as CPython 3.11 computes it: numbers modulo 2**61 - 1, tuples with xxHash, frozensets with their
 * shuffled XOR, and every object compared by identity (None, instances, locks, functions, classes) from its address,
 * which here is the run's object id. The expected numbers are what python3.11 printed.
 */
class HashTest {
    private static String output(String source) {
        RunResult r = Runs.run(source);
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        return r.outputText();
    }

    @Test
    void numbersTuplesAndFrozensetsHashAsInCPython() {
        String program = """
                print(hash(1), hash(-1), hash(True), hash(2**61), hash(-2**70), hash(2**100))
                print(hash(1.5), hash(-2.5), hash(0.1), hash(1e300), hash(5e-324), hash(-0.0), hash(1.0))
                print(hash(float('inf')), hash(float('-inf')))
                print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash((1.5, -1, True)))
                print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({1, 2, 3})), hash(frozenset({-1})))
                print(hash(range(5)), hash(range(0)) == hash((0, None, None)), hash(range(3, 4)) == hash((1, 3, None)))
                """;
        assertEquals("""
                1 -2 1 1 -512 549755813888
                1152921504606846977 -1152921504606846978 230584300921369408 1224995262755759164 16777216 0 1
                314159 -314159
                5740354900026072187 -3550055125485641917 7267574591690527098 -7468410823527812167
                133146708735736 -1826646154956904602 -272375401224217160 6776983852052281967
                5795932985296280846 True True
                """, output(program));
    }

    @Test
    void objectsComparedByIdentityHashFromTheirAddressAsInCPython() {
        String program = """
                import threading
                class C:
                    pass
                def f():
                    pass
                c = C()
                lock = threading.Lock()
                print(hash(c) == id(c) >> 4, hash(None) == id(None) >> 4, hash(lock) == id(lock) >> 4)
                print(hash(f) == id(f) >> 4, hash(C) == id(C) >> 4)
                print(hash((c, None)) == hash((c, None)), hash(frozenset({c})) == hash(frozenset({c})))
                """;
        assertEquals("True True True\nTrue True\nTrue True\n", output(program));
    }

    @Test
    void hashesOfIdentityObjectsAreTheSameInEveryRun() {
        String program = """
                import threading
                class C:
                    pass
                print(hash(C()), hash(None), hash(threading.Lock()), hash((C(), 1)), hash(frozenset({None})))
                print(id(C()), hash(C) % 1000 < 1000)
                """;
        String first = output(program);
        for (int i = 0; i < 3; i++) {
            System.gc();
            assertEquals(first, output(program));
        }
        // The first objects asked for get the first addresses, 0x7f0000000010, ...20, ...30: hash is the address >> 4.
        assertEquals(true, first.startsWith("8727373545473 8727373545474 8727373545475 "), first);
    }
}
