package lockstep.sim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TraceTextTest {
    /** Stands in for the narration bundles, so that only the layout is under test here. */
    private static final TraceText TEXT = new TraceText(n -> n.key() + n.args());

    private static Step step(long nanos, String thread, int line, String op, Narration narration) {
        return new Step(0, nanos, 0, 1, 1, thread, line, op, narration);
    }

    @Test
    void headerAndStepsLineUp() {
        TraceText text = TraceText.forLanguage("en");
        assertEquals("        TIME  THREAD         LINE  OP                        NARRATION", text.header());
        text = TEXT;
        assertEquals("    0.000045  MainThread        2  LOAD_GLOBAL x             no.such.key[x, 1]",
                text.line(step(45_000, "MainThread", 2, "LOAD_GLOBAL x", Narration.of("no.such.key", "x", 1))));
        assertEquals(" 1234.500000  Thread-1        120  STORE_GLOBAL counter      k[]",
                text.line(step(1_234_500_000_000L, "Thread-1", 120, "STORE_GLOBAL counter", Narration.of("k"))));
    }

    @Test
    void chineseTitlesStandOverTheirColumnsOnATerminal() {
        // Two terminal columns a Han character: 时间 takes 4 of TIME's 12, 线程 4 of THREAD's 12.
        assertEquals("        时间  线程             行  操作                      讲解",
                TraceText.forLanguage("zh").header());
    }

    @Test
    void longNamesAreCutSoColumnsStayFixed() {
        String line = TEXT.line(step(0, "ThreadPoolExecutor-0_1", 7,
                "LOAD_ATTR a_very_long_attribute_name", Narration.of("k")));
        assertEquals("    0.000000  ThreadPoolE~      7  LOAD_ATTR a_very_long_a~  k[]", line);
    }

    @Test
    void hugeTimesWidenTheColumnRatherThanLoseDigits() {
        assertEquals("123456789.000000", TraceText.seconds(123_456_789_000_000_000L));
        assertEquals("123456789.000000  T", TEXT
                .line(step(123_456_789_000_000_000L, "T", 1, "OP", Narration.of("k"))).substring(0, 19));
    }

    @Test
    void secondsHaveSixDecimals() {
        assertEquals("0.000000", TraceText.seconds(0));
        assertEquals("0.000001", TraceText.seconds(1_000));
        assertEquals("0.000000", TraceText.seconds(499));
        assertEquals("0.000002", TraceText.seconds(1_500));
        assertEquals("1.000000", TraceText.seconds(1_000_000_000));
        assertEquals("0.000045", TraceText.seconds(45_000));
    }

    @Test
    void narrationIsRenderedByTheGivenRenderer() {
        TraceText text = new TraceText(n -> "读取 " + n.args().get(0));
        assertEquals("读取 x", text.line(step(0, "T", 1, "OP", Narration.of("load", "x"))).substring(61));
    }
}
