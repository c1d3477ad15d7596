package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.trace.Trace;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceEvent.GilReason;
import lockstep.sim.trace.TraceText;
import org.junit.jupiter.api.Test;

/**
 * Every GIL hand-off says why its holder dropped the GIL — the switch interval, a wait, a sleep, I/O, the end — and
 * is told so in both languages; two CPU-bound threads take turns every switch interval.
 */
class GilHandoffTest {
    private static final RunOptions GIL = RunOptions.defaults().withPolicy(SchedulingPolicy.GIL)
            .withSwitchInterval(0.001);

    private static final String EVERY_REASON = "import threading, time, sim\n"
            + "def spin():\n    for i in range(2000):\n        pass\n"
            + "def nap():\n    time.sleep(0.0001)\n"
            + "def fetch():\n    sim.io(0.0001)\n"
            + "ts = [threading.Thread(target=f) for f in (spin, spin, nap, fetch)]\n"
            + "for t in ts: t.start()\nfor t in ts: t.join()\n";

    private static List<TraceEvent.GilHandedOver> handoffs(RunResult r) {
        return r.trace().events().stream().filter(e -> e instanceof TraceEvent.GilHandedOver)
                .map(e -> (TraceEvent.GilHandedOver) e).toList();
    }

    @Test
    void eachReasonIsSeenAndCounted() {
        RunResult r = Runs.run(EVERY_REASON, GIL);
        Map<GilReason, Integer> counts = new TreeMap<>();
        for (TraceEvent.GilHandedOver h : handoffs(r)) {
            counts.merge(h.reason(), 1, Integer::sum);
        }
        assertEquals(1, counts.get(GilReason.FIRST), counts.toString());
        assertEquals(java.util.EnumSet.allOf(GilReason.class), java.util.EnumSet.copyOf(counts.keySet()),
                counts.toString());
        TraceEvent.GilHandedOver first = handoffs(r).get(0);
        assertEquals(-1, first.from());
        assertEquals("MainThread", r.trace().threadName(first.thread()));
    }

    @Test
    void eachReasonIsToldInEnglishAndChinese() {
        RunResult r = Runs.run(EVERY_REASON, GIL);
        Map<GilReason, String> en = new TreeMap<>();
        Map<GilReason, String> zh = new TreeMap<>();
        Trace trace = r.trace();
        for (TraceEvent.GilHandedOver h : handoffs(r)) {
            en.putIfAbsent(h.reason(), narration(TraceText.forLanguage("en").line(h, trace)));
            zh.putIfAbsent(h.reason(), narration(TraceText.forLanguage("zh").line(h, trace)));
        }
        assertEquals(Map.of(
                GilReason.FIRST, "MainThread takes the GIL",
                GilReason.WAIT, "MainThread waits and drops the GIL: Thread-1 (spin) takes it",
                GilReason.INTERVAL, "the switch interval is over: Thread-1 (spin) drops the GIL, MainThread takes it",
                GilReason.END, "Thread-3 (nap) has ended and dropped the GIL: Thread-1 (spin) takes it",
                GilReason.SLEEP, "Thread-3 (nap) sleeps and drops the GIL: MainThread takes it",
                GilReason.IO, "Thread-4 (fetch) waits for I/O and drops the GIL: MainThread takes it"), en);
        assertEquals(Map.of(
                GilReason.FIRST, "MainThread 获得 GIL",
                GilReason.WAIT, "MainThread 进入等待并释放 GIL：Thread-1 (spin) 获得 GIL",
                GilReason.INTERVAL, "切换间隔已到：Thread-1 (spin) 释放 GIL，MainThread 获得 GIL",
                GilReason.END, "Thread-3 (nap) 已结束，GIL 被释放：Thread-1 (spin) 获得 GIL",
                GilReason.SLEEP, "Thread-3 (nap) 休眠并释放 GIL：MainThread 获得 GIL",
                GilReason.IO, "Thread-4 (fetch) 等待 I/O 并释放 GIL：MainThread 获得 GIL"), zh);
    }

    private static String narration(String line) {
        return line.substring(TraceText.TIME_WIDTH + TraceText.THREAD_WIDTH + TraceText.LINE_WIDTH
                + TraceText.OP_WIDTH + 4 * 2);
    }

    @Test
    void twoCpuBoundThreadsOnTwoCoresTakeTurnsEverySwitchInterval() {
        String program = "import threading\ndef crunch():\n    total = 0\n    for i in range(30000):\n"
                + "        total += i\nts = [threading.Thread(target=crunch) for _ in range(2)]\n"
                + "for t in ts: t.start()\nfor t in ts: t.join()\n";
        RunResult r = Runs.run(program, RunOptions.defaults().withPolicy(SchedulingPolicy.GIL).withCores(2));
        List<TraceEvent.GilHandedOver> between = handoffs(r).stream()
                .filter(h -> h.reason() == GilReason.INTERVAL && h.from() > 1 && h.thread() > 1).toList();
        // The first turn (at 10 ms) comes before the main thread's last; from 20 ms on, a hand-off every 5 ms.
        assertEquals(9, between.size(), between.toString());
        assertEquals(20_039_000, between.get(1).timeNanos());
        for (int i = 2; i < between.size(); i++) {
            assertEquals(5_000_000, between.get(i).timeNanos() - between.get(i - 1).timeNanos(), "turn " + i);
            assertEquals(between.get(i - 1).thread(), between.get(i).from());
        }
    }
}
