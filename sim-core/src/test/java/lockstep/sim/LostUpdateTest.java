package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import lockstep.sim.trace.EventNarrator;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** Lost updates in whole runs: exact counts under fixed settings, the events' facts and their narration. */
class LostUpdateTest {
    private static final Path SCENARIOS = Path.of(System.getProperty("lockstep.root", "..")).resolve("scenarios");

    /** Both threads read x, sleep, then write what they read plus one: the second write erases the first. */
    static final String READ_SLEEP_WRITE = "import threading, time\nx = 0\ndef add():\n    global x\n    v = x\n"
            + "    time.sleep(0.1)\n    x = v + 1\nt1 = threading.Thread(target=add)\n"
            + "t2 = threading.Thread(target=add)\nt1.start(); t2.start()\nt1.join(); t2.join()\nprint(x)\n";

    private static RunResult scenario(String file) throws Exception {
        Scenario s = ScenarioLoader.load(SCENARIOS.resolve(file));
        return Simulator.run(s.compile(), s.runOptions(RunOptions.defaults()));
    }

    private static List<TraceEvent.LostUpdate> lost(RunResult r) {
        return r.trace().events().stream().filter(e -> e instanceof TraceEvent.LostUpdate)
                .map(e -> (TraceEvent.LostUpdate) e).toList();
    }

    private static String narrate(RunResult r, TraceEvent event, String language) {
        return NarrationRenderer.forLanguage(language).render(EventNarrator.narrate(event, r.trace()));
    }

    @Test
    void theLostUpdateScenarioLosesExactlyTheUpdatesMissingFromX() throws Exception {
        RunResult r = scenario("threads/lost-update.yaml");
        assertEquals(231L, r.globals().get("x"));
        assertEquals(169, r.lostUpdates(), "400 increments, x = 231: 169 were lost");
        TraceEvent.LostUpdate first = lost(r).get(0);
        assertEquals(new TraceEvent.LostUpdate(new TraceEvent.At(1208, 1_208_000, 3, 9, null), "x", "32", 1199, 2,
                "32", 1206), first);
        assertEquals("Thread-2 (add) writes 32 over Thread-1 (add)'s 32, which it never saw: an update to x is lost",
                narrate(r, first, "en"));
        assertEquals("Thread-2 (add) 写入 32，覆盖了 Thread-1 (add) 写入的 32，而它从未读到过这个值：对 x 的一次更新丢失了",
                narrate(r, first, "zh"));
    }

    @Test
    void aLockAroundTheIncrementLosesNothing() throws Exception {
        RunResult r = scenario("threads/lost-update-lock.yaml");
        assertEquals(400L, r.globals().get("x"));
        assertEquals(0, r.lostUpdates());
    }

    @Test
    void everyLostIncrementIsOneEventUnderAnyQuantum() {
        for (int quantum : new int[] {2, 3, 5, 7}) {
            RunResult r = Runs.run(ThreadingTest.LOST_UPDATE, RunOptions.defaults().withQuantum(quantum));
            long x = (Long) r.globals().get("x");
            assertEquals(400 - x, r.lostUpdates(), "quantum " + quantum);
        }
    }

    @Test
    void theDefaultQuantumLosesNone() {
        assertEquals(0, Runs.run(ThreadingTest.LOST_UPDATE).lostUpdates());
    }

    @Test
    void aReadHeldAcrossASleepLosesTheOtherThreadsWrite() {
        RunResult r = Runs.run(READ_SLEEP_WRITE);
        assertEquals("1", Runs.lastLine(r.outputText()));
        List<TraceEvent.LostUpdate> lost = lost(r);
        assertEquals(1, lost.size());
        TraceEvent.LostUpdate e = lost.get(0);
        assertEquals("x", e.variable());
        assertEquals("1", e.value());
        assertEquals("1", e.overwrittenValue());
        assertEquals("Thread-2 (add)", r.trace().threadName(e.thread()));
        assertEquals("Thread-1 (add)", r.trace().threadName(e.overwrittenWriter()));
        assertEquals(7, e.line());
        assertTrue(e.readStep() < e.overwrittenStep() && e.overwrittenStep() < e.step());
    }

    @Test
    void anAttributeOfASharedObjectLosesUpdatesToo() {
        RunResult r = Runs.run("import threading, time\nclass C:\n    def __init__(self):\n        self.n = 0\n"
                + "c = C()\ndef add():\n    v = c.n\n    time.sleep(0.1)\n    c.n = v + 1\n"
                + "ts = [threading.Thread(target=add) for _ in range(3)]\nfor t in ts: t.start()\n"
                + "for t in ts: t.join()\nprint(c.n)\n");
        assertEquals("1", Runs.lastLine(r.outputText()));
        List<TraceEvent.LostUpdate> lost = lost(r);
        assertEquals(2, lost.size(), "three increments, one survives");
        assertTrue(lost.get(0).variable().startsWith("C#") && lost.get(0).variable().endsWith(".n"),
                lost.get(0).variable());
    }

    @Test
    void blindWritesAndReadsThatAreNotWrittenBackLoseNothing() {
        RunResult r = Runs.run("import threading, time\nx = 0\nseen = []\ndef set_to(v):\n    global x\n"
                + "    time.sleep(0.1)\n    x = v\ndef look():\n    seen.append(x)\n    time.sleep(0.2)\n"
                + "    seen.append(x)\nts = [threading.Thread(target=set_to, args=(1,)),\n"
                + "      threading.Thread(target=set_to, args=(2,)), threading.Thread(target=look)]\n"
                + "for t in ts: t.start()\nfor t in ts: t.join()\nprint(x, seen)\n");
        assertEquals("2 [0, 2]", Runs.lastLine(r.outputText()));
        assertEquals(0, r.lostUpdates());
    }

    @Test
    void aThreadThatReadsAgainBeforeWritingLosesNothing() {
        RunResult r = Runs.run("import threading, time\nx = 0\ndef add():\n    global x\n    v = x\n"
                + "    time.sleep(0.1)\n    v = x\n    x = v + 1\nts = [threading.Thread(target=add) for _ in range(2)]\n"
                + "for t in ts: t.start()\nfor t in ts: t.join()\nprint(x)\n");
        assertEquals("2", Runs.lastLine(r.outputText()));
        assertEquals(0, r.lostUpdates());
    }

    @Test
    void racesListEveryPairOfLinesWithItsCount() throws Exception {
        RunResult r = scenario("threads/lost-update.yaml");
        assertEquals(1, r.races().size(), "one line, x += 1, races with itself");
        assertEquals(563, r.races().get(0).count());
        assertEquals(1186, r.races().get(0).first().step(), "the first pair found is kept");
        RunResult mixed = Runs.run("import threading\nx = 0\ndef inc():\n    global x\n    for i in range(20):\n"
                + "        x += 1\ndef dec():\n    global x\n    for i in range(20):\n        x -= 1\n"
                + "ts = [threading.Thread(target=f) for f in (inc, inc, dec)]\nfor t in ts: t.start()\n"
                + "for t in ts: t.join()\n", RunOptions.defaults().withQuantum(3));
        assertEquals(2, mixed.races().size(), "inc against inc, inc against dec");
        assertEquals(List.of(6, 6, 2), List.of(mixed.races().get(0).first().line(),
                mixed.races().get(0).second().line(), mixed.races().get(0).count()));
        assertEquals(List.of(6, 10, 2), List.of(mixed.races().get(1).first().line(),
                mixed.races().get(1).second().line(), mixed.races().get(1).count()));
    }
}
