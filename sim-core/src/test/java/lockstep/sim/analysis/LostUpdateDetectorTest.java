package lockstep.sim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stale-write rule on hand-made access sequences, with exact reports. */
class LostUpdateDetectorTest {
    private final List<StaleWrite> found = new ArrayList<>();
    private final LostUpdateDetector detector = new LostUpdateDetector(found::add);

    @Test
    void aWriteBasedOnAReadBeforeAnotherThreadsWriteIsStale() {
        detector.read(1, "x", 10, 5);
        detector.read(2, "x", 11, 5);
        detector.wrote(1, "x", 12, 5, "one");
        detector.wrote(2, "x", 13, 5, "two");
        assertEquals(List.of(new StaleWrite("x", 2, "two", 13, 11, 1, "one", 12)), found);
        assertEquals(1, detector.count());
    }

    @Test
    void theErasedWriteNamedIsTheLatest() {
        detector.read(1, "x", 1, 5);
        detector.wrote(2, "x", 2, 5, "a");
        detector.wrote(3, "x", 3, 5, "b");
        detector.wrote(1, "x", 4, 5, "c");
        assertEquals(List.of(new StaleWrite("x", 1, "c", 4, 1, 3, "b", 3)), found);
    }

    @Test
    void blindWritesRereadsAndOtherVariablesAreNotStale() {
        detector.wrote(1, "x", 1, 5, "blind");
        detector.wrote(2, "x", 2, 5, "blind too");
        detector.read(1, "x", 3, 5);
        detector.wrote(2, "y", 4, 5, "elsewhere");
        detector.wrote(1, "x", 5, 5, "fresh");
        detector.read(2, "x", 6, 5);
        detector.wrote(1, "x", 7, 5, "again, without reading");
        detector.read(2, "x", 8, 5);
        detector.wrote(2, "x", 9, 5, "after a re-read");
        assertEquals(List.of(), found);
    }

    @Test
    void aWriteUsesUpTheReadItWasBasedOn() {
        detector.read(1, "x", 1, 5);
        detector.wrote(2, "x", 2, 5, "a");
        detector.wrote(1, "x", 3, 5, "b");
        detector.wrote(2, "x", 4, 5, "c");
        detector.wrote(1, "x", 5, 5, "d");
        assertEquals(List.of(new StaleWrite("x", 1, "b", 3, 1, 2, "a", 2)), found);
    }

    @Test
    void bothObserversHearEverything() {
        RaceDetector races = new RaceDetector(id -> "T" + id);
        SyncObserver both = SyncObservers.both(races, detector);
        both.threadStarted(0, 1);
        both.threadStarted(0, 2);
        both.read(1, "x", 1, 5);
        both.read(2, "x", 2, 5);
        both.wrote(1, "x", 3, 5, "one");
        both.wrote(2, "x", 4, 5, "two");
        assertEquals(1, found.size());
        assertEquals(1, races.races().size());
    }
}
