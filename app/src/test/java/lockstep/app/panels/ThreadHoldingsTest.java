package lockstep.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lockstep.app.i18n.I18n;
import lockstep.sim.ThreadState;
import lockstep.sim.inspect.HeldValue;
import lockstep.sim.inspect.ThreadInfo;
import org.junit.jupiter.api.Test;

/** The threads panel's sentences for held values and the next micro-op, in both languages. */
class ThreadHoldingsTest {
    private static final ThreadInfo THREAD_2 = new ThreadInfo(3, "Thread-2 (add)", 1000, ThreadState.RUNNABLE, false,
            9, "add", List.of(), null, -1, "STORE_GLOBAL x", List.of(
                    new HeldValue("x", "31", 1199, null, null),
                    new HeldValue("x", "31", 1199, null, "32"),
                    new HeldValue("x", "0", 12, "v", null)));

    @Test
    void englishSentences() {
        I18n i18n = new I18n(I18n.ENGLISH);
        assertEquals(List.of("holds 31, read from x at step 1199",
                "holds 32, computed from the 31 it read from x at step 1199",
                "holds 0 in v, read from x at step 12"), ThreadHoldings.held(THREAD_2, i18n));
        assertEquals("next micro-op: STORE_GLOBAL x", ThreadHoldings.next(THREAD_2, i18n));
    }

    @Test
    void chineseSentences() {
        I18n i18n = new I18n(I18n.CHINESE);
        assertEquals(List.of("持有 31，于第 1199 步从 x 读取",
                "持有 32，由第 1199 步从 x 读取的 31 算出",
                "在 v 中持有 0，于第 12 步从 x 读取"), ThreadHoldings.held(THREAD_2, i18n));
        assertEquals("下一个微操作：STORE_GLOBAL x", ThreadHoldings.next(THREAD_2, i18n));
    }

    @Test
    void aThreadThatIsDoneDoesNothingNextAndHoldsNothing() {
        ThreadInfo done = new ThreadInfo(3, "T", 1000, ThreadState.DONE, false, 0, "", List.of(), null, -1);
        assertEquals("", ThreadHoldings.next(done, new I18n(I18n.ENGLISH)));
        assertEquals(List.of(), ThreadHoldings.held(done, new I18n(I18n.ENGLISH)));
    }
}
