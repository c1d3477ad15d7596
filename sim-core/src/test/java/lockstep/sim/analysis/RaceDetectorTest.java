package lockstep.sim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Synthetic event sequences, as the machine would report them, and exactly the races they must yield. */
class RaceDetectorTest {
    static final IntFunction<String> NAMES = id -> id == 1 ? "MainThread" : "Thread-" + (id - 1);
    static final int MAIN = 1;
    static final int T1 = 2;
    static final int T2 = 3;
    static final int T3 = 4;

    static Race.Access read(int thread, long step, int line) {
        return new Race.Access(thread, NAMES.apply(thread), step, line, false);
    }

    static Race.Access write(int thread, long step, int line) {
        return new Race.Access(thread, NAMES.apply(thread), step, line, true);
    }

    /** Main writes {@code x = 0} at line 1, then starts T1 and T2. */
    private static RaceDetector mainStartsTwoWorkers() {
        RaceDetector detector = new RaceDetector(NAMES);
        detector.wrote(MAIN, "global x", 0, 1);
        detector.threadStarted(MAIN, T1);
        detector.threadStarted(MAIN, T2);
        return detector;
    }

    @Test
    void twoUnlockedIncrementsRace() {
        // tmp = x (line 4); x = tmp + 1 (line 5), interleaved so an update is lost.
        RaceDetector detector = mainStartsTwoWorkers();
        detector.read(T1, "global x", 10, 4);
        detector.read(T2, "global x", 11, 4);
        detector.wrote(T1, "global x", 12, 5);
        detector.wrote(T2, "global x", 13, 5);
        assertEquals(List.of(
                        new Race("global x", read(T2, 11, 4), write(T1, 12, 5)),
                        new Race("global x", write(T1, 12, 5), write(T2, 13, 5))),
                detector.races());
        assertEquals(0, detector.suppressed());
    }

    @Test
    void aReadRacesWithAnUnorderedWrite() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.wrote(T1, "global x", 10, 5);
        detector.read(T2, "global x", 11, 9);
        assertEquals(List.of(new Race("global x", write(T1, 10, 5), read(T2, 11, 9))), detector.races());
    }

    @Test
    void aWriteRacesWithEveryUnorderedReadSinceTheLastWrite() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.threadStarted(MAIN, T3);
        detector.read(T2, "global x", 10, 6);
        detector.read(T1, "global x", 11, 4);
        detector.read(T2, "global x", 12, 7); // T2's latest read replaces its earlier one
        detector.wrote(T3, "global x", 13, 9);
        assertEquals(List.of(
                        new Race("global x", read(T1, 11, 4), write(T3, 13, 9)),
                        new Race("global x", read(T2, 12, 7), write(T3, 13, 9))),
                detector.races());
        assertEquals(0, detector.readsTracked("global x"), "a write forgets the reads before it");
    }

    @Test
    void incrementsUnderOneLockDoNotRace() {
        RaceDetector detector = mainStartsTwoWorkers();
        long step = 10;
        for (int round = 0; round < 3; round++) {
            for (int thread : new int[] {T1, T2}) {
                detector.acquired(thread, "lock#1");
                detector.read(thread, "global x", step++, 5);
                detector.wrote(thread, "global x", step++, 5);
                detector.released(thread, "lock#1");
            }
        }
        assertEquals(List.of(), detector.races());
    }

    @Test
    void twoDifferentLocksDoNotOrder() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.acquired(T1, "lock#1");
        detector.read(T1, "global x", 10, 5);
        detector.wrote(T1, "global x", 11, 5);
        detector.released(T1, "lock#1");
        detector.acquired(T2, "lock#2");
        detector.read(T2, "global x", 12, 5);
        detector.wrote(T2, "global x", 13, 5);
        detector.released(T2, "lock#2");
        // T2's read races with T1's write, and so does T2's write: two racing pairs on line 5.
        assertEquals(List.of(new Race("global x", write(T1, 11, 5), read(T2, 12, 5), 2)), detector.races());
    }

    @Test
    void whatTheParentDidBeforeStartHappensBeforeTheChild() {
        RaceDetector detector = mainStartsTwoWorkers(); // main wrote x at step 0
        detector.read(T1, "global x", 10, 4);
        detector.wrote(T2, "global y", 11, 8);
        assertEquals(List.of(), detector.races());
    }

    @Test
    void whatTheParentDoesAfterStartRacesWithTheChild() {
        RaceDetector detector = new RaceDetector(NAMES);
        detector.threadStarted(MAIN, T1);
        detector.wrote(MAIN, "global x", 5, 3);
        detector.read(T1, "global x", 6, 7);
        assertEquals(List.of(new Race("global x", write(MAIN, 5, 3), read(T1, 6, 7))), detector.races());
    }

    @Test
    void whatTheChildDidHappensBeforeTheJoinReturns() {
        RaceDetector detector = new RaceDetector(NAMES);
        detector.threadStarted(MAIN, T1);
        detector.wrote(T1, "global x", 10, 4);
        detector.threadJoined(MAIN, T1);
        detector.read(MAIN, "global x", 11, 9);
        detector.wrote(MAIN, "global x", 12, 9);
        assertEquals(List.of(), detector.races());
    }

    @Test
    void readingBeforeTheJoinRaces() {
        RaceDetector detector = new RaceDetector(NAMES);
        detector.threadStarted(MAIN, T1);
        detector.wrote(T1, "global x", 10, 4);
        detector.read(MAIN, "global x", 11, 9);
        detector.threadJoined(MAIN, T1);
        detector.read(MAIN, "global x", 12, 10);
        assertEquals(List.of(new Race("global x", write(T1, 10, 4), read(MAIN, 11, 9))), detector.races());
    }

    @Test
    void anEventHandsOffData() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.wrote(T1, "global data", 10, 4);
        detector.released(T1, "event#1"); // ready.set()
        detector.acquired(T2, "event#1"); // ready.wait() returns
        detector.read(T2, "global data", 11, 9);
        assertEquals(List.of(), detector.races());
    }

    @Test
    void aQueueHandsOffData() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.wrote(T1, "Item#7.value", 10, 4);
        detector.released(T1, "queue#2"); // q.put(item)
        detector.acquired(T2, "queue#2"); // q.get()
        detector.read(T2, "Item#7.value", 11, 9);
        detector.wrote(T2, "Item#7.value", 12, 9);
        assertEquals(List.of(), detector.races());
    }

    @Test
    void anAcquireBeforeTheReleaseDoesNotOrder() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.acquired(T2, "event#1");
        detector.wrote(T1, "global data", 10, 4);
        detector.released(T1, "event#1");
        detector.read(T2, "global data", 11, 9);
        assertEquals(List.of(new Race("global data", write(T1, 10, 4), read(T2, 11, 9))), detector.races());
    }

    @Test
    void whatAThreadDoesAfterReleasingIsNotOrdered() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.released(T1, "event#1");
        detector.wrote(T1, "global data", 10, 4);
        detector.acquired(T2, "event#1");
        detector.read(T2, "global data", 11, 9);
        assertEquals(List.of(new Race("global data", write(T1, 10, 4), read(T2, 11, 9))), detector.races());
    }

    @Test
    void readsByTwoThreadsDoNotRace() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.read(T1, "global x", 10, 4);
        detector.read(T2, "global x", 11, 4);
        detector.read(T1, "global x", 12, 4);
        assertEquals(List.of(), detector.races());
    }

    @Test
    void oneThreadWritingTwiceDoesNotRace() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.wrote(T1, "global x", 10, 4);
        detector.wrote(T1, "global x", 11, 5);
        detector.read(T1, "global x", 12, 6);
        detector.wrote(T1, "global x", 13, 6);
        assertEquals(List.of(), detector.races());
    }

    @Test
    void happensBeforeIsTransitiveThroughALockThenAnEvent() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.threadStarted(MAIN, T3);
        detector.wrote(T1, "global x", 10, 4);
        detector.acquired(T1, "lock#1");
        detector.released(T1, "lock#1");
        detector.acquired(T2, "lock#1");
        detector.released(T2, "lock#1");
        detector.released(T2, "event#1");
        detector.acquired(T3, "event#1");
        detector.read(T3, "global x", 11, 12);
        detector.wrote(T3, "global x", 12, 12);
        assertEquals(List.of(), detector.races());
    }

    @Test
    void theChainBreaksWhenTheLastLinkIsAnotherObject() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.threadStarted(MAIN, T3);
        detector.wrote(T1, "global x", 10, 4);
        detector.released(T1, "lock#1");
        detector.acquired(T2, "lock#1");
        detector.released(T2, "event#1");
        detector.acquired(T3, "event#2");
        detector.read(T3, "global x", 11, 12);
        assertEquals(List.of(new Race("global x", write(T1, 10, 4), read(T3, 11, 12))), detector.races());
    }

    @Test
    void aThreadNeverStartedBeginsWithAnEmptyClock() {
        RaceDetector detector = new RaceDetector(NAMES);
        detector.wrote(MAIN, "global x", 1, 1);
        detector.read(9, "global x", 2, 5);
        assertEquals(List.of(new Race("global x", write(MAIN, 1, 1), read(9, 2, 5))), detector.races());
    }

    @Test
    void aLoopReportsEachVariableAndLinePairOnce() {
        RaceDetector detector = mainStartsTwoWorkers();
        long step = 10;
        for (int i = 0; i < 1_000; i++) {
            for (int thread : new int[] {T1, T2}) {
                detector.read(thread, "global x", step++, 5);
                detector.wrote(thread, "global x", step++, 5);
                detector.read(thread, "global y", step++, thread == T1 ? 6 : 7);
                detector.wrote(thread, "global y", step++, thread == T1 ? 6 : 7);
            }
        }
        assertEquals(List.of(
                        // 2,000 read-write rounds; every round but the first has its read and its write race
                        // with the other thread's last write: 2 × 1,999 racing pairs on each line pair.
                        new Race("global x", write(T1, 11, 5), read(T2, 14, 5), 3_998),
                        new Race("global y", write(T1, 13, 6), read(T2, 16, 7), 3_998)),
                detector.races());
        assertEquals(0, detector.suppressed());
    }

    @Test
    void aVariableRemembersOneReadPerThreadHoweverLongTheRun() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.threadStarted(MAIN, T3);
        long step = 10;
        for (int i = 0; i < 1_000; i++) {
            for (int thread : new int[] {T1, T2, T3}) {
                detector.read(thread, "global x", step++, 4);
            }
        }
        assertEquals(3, detector.readsTracked("global x"), "one per thread, not 3,000");
        assertEquals(List.of(), detector.races());
    }

    @Test
    void theSameLinesOnAnotherVariableAreAnotherRace() {
        RaceDetector detector = mainStartsTwoWorkers();
        detector.wrote(T1, "C#1.count", 10, 5);
        detector.wrote(T2, "C#1.count", 11, 5);
        detector.wrote(T1, "C#2.count", 12, 5);
        detector.wrote(T2, "C#2.count", 13, 5);
        detector.wrote(T2, "C#2.count", 14, 6); // ordered after T2's own write; T1's was before that
        assertEquals(List.of(
                        new Race("C#1.count", write(T1, 10, 5), write(T2, 11, 5)),
                        new Race("C#2.count", write(T1, 12, 5), write(T2, 13, 5))),
                detector.races());
    }

    @Test
    void atMostAHundredReportsAndTheRestCounted() {
        RaceDetector detector = mainStartsTwoWorkers();
        long step = 10;
        for (int repeat = 0; repeat < 2; repeat++) {
            for (int v = 0; v < 150; v++) {
                detector.wrote(T1, "global v" + v, step++, 3);
                detector.wrote(T2, "global v" + v, step++, 4);
            }
        }
        List<Race> races = detector.races();
        assertEquals(RaceDetector.MAX_REPORTS, races.size());
        assertEquals(50, detector.suppressed(), "distinct races beyond the cap, each counted once");
        for (int v = 0; v < 100; v++) {
            // Four writes to each variable, alternating threads: each after the first races with the one before.
            assertEquals(new Race("global v" + v, write(T1, 10 + 2 * v, 3), write(T2, 11 + 2 * v, 4), 3),
                    races.get(v));
        }
    }

    @Test
    void theSameEventsGiveTheSameRaces() {
        assertEquals(RaceDetectorPropertyTest.randomRun(42, false).races(),
                RaceDetectorPropertyTest.randomRun(42, false).races());
        assertTrue(RaceDetectorPropertyTest.randomRun(42, false).races().size() > 1, "the run has races to compare");
    }

    @Test
    void racesIsASnapshot() {
        RaceDetector detector = mainStartsTwoWorkers();
        List<Race> before = detector.races();
        detector.wrote(T1, "global x", 10, 4);
        detector.wrote(T2, "global x", 11, 4);
        assertEquals(List.of(), before);
        assertEquals(1, detector.races().size());
        assertThrows(UnsupportedOperationException.class, () -> detector.races().clear());
    }

    @Test
    void threadNamesAreAskedOfTheGivenFunction() {
        RaceDetector detector = new RaceDetector(id -> "worker " + id);
        detector.wrote(5, "global x", 1, 2);
        detector.wrote(6, "global x", 2, 3);
        assertEquals(List.of(new Race("global x", new Race.Access(5, "worker 5", 1, 2, true),
                new Race.Access(6, "worker 6", 2, 3, true))), detector.races());
    }

    @Test
    void vectorClocksGrowJoinAndTick() {
        VectorClock a = VectorClock.ofNewThread(3);
        VectorClock b = VectorClock.ofNewThread(40);
        b.tick(40);
        a.join(b);
        a.tick(3);
        assertEquals(2, a.get(3));
        assertEquals(2, a.get(40));
        assertEquals(0, a.get(1000));
        assertEquals("[3:2, 40:2]", a.toString());
        assertEquals(0, b.get(3));
    }
}
