package lockstep.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lockstep.app.i18n.I18n;
import lockstep.app.simulation.ManualRefusal;
import lockstep.app.simulation.ManualThread;
import lockstep.sim.ThreadState;
import lockstep.sim.inspect.ThreadInfo;
import lockstep.sim.inspect.ThreadRef;
import lockstep.sim.inspect.WaitInfo;
import lockstep.sim.trace.ObjectName;
import org.junit.jupiter.api.Test;

/** Manual mode's sentences: why a greyed thread cannot run, and why a press ran nothing, in both languages. */
class ManualTextsTest {
    private static final ManualThread MAIN = thread(1, "MainThread", ThreadState.WAITING,
            new WaitInfo("lock#3", "the end of T1", null, false, new ObjectName.ThreadEnd(2)), -1);
    private static final ManualThread T1 = thread(2, "T1", ThreadState.BLOCKED,
            new WaitInfo("lock#1", "lock", new ThreadRef(3, "T2", 1000), false, new ObjectName.Variable("lock")), -1);
    private static final ManualThread T2 = thread(3, "T2", ThreadState.SLEEPING, null, 1_500_000_000L);
    private static final ManualThread T3 = thread(4, "T3", ThreadState.DONE, null, -1);
    private static final ManualThread T4 = thread(5, "T4", ThreadState.WAITING,
            new WaitInfo("lock#4", "a notify", null, false, new ObjectName.Notify()), -1);
    private static final List<ManualThread> ALL = List.of(MAIN, T1, T2, T3, T4);

    private static ManualThread thread(int id, String name, ThreadState state, WaitInfo wait, long wakeAt) {
        return new ManualThread(id, name, 1000, false,
                new ThreadInfo(id, name, 1000, state, false, 0, "", List.of(), wait, wakeAt));
    }

    @Test
    void whyAThreadCannotRunInEnglish() {
        I18n i18n = new I18n(I18n.ENGLISH);
        assertEquals("waits for the end of T1", ManualTexts.whyNot(MAIN, ALL, i18n));
        assertEquals("blocked on lock, held by T2", ManualTexts.whyNot(T1, ALL, i18n));
        assertEquals("sleeps until 1.500000 s", ManualTexts.whyNot(T2, ALL, i18n));
        assertEquals("has ended", ManualTexts.whyNot(T3, ALL, i18n));
        assertEquals("waits for a notify", ManualTexts.whyNot(T4, ALL, i18n));
        assertEquals("T1 (key 2) cannot run now: blocked on lock, held by T2.", ManualTexts.refusal(
                new ManualRefusal(ManualRefusal.Reason.CANNOT_RUN, 2, T1, List.of()), ALL, i18n));
        assertEquals("Several threads can run: choose a thread: 1 / 3.", ManualTexts.refusal(
                new ManualRefusal(ManualRefusal.Reason.CHOOSE, 0, null, List.of(1, 3)), ALL, i18n));
        assertEquals("No thread has the key 7.", ManualTexts.refusal(
                new ManualRefusal(ManualRefusal.Reason.NO_SUCH_THREAD, 7, null, List.of()), ALL, i18n));
        assertEquals("The program has ended: no thread can run.", ManualTexts.refusal(
                new ManualRefusal(ManualRefusal.Reason.ENDED, 0, null, List.of()), ALL, i18n));
    }

    @Test
    void whyAThreadCannotRunInChinese() {
        I18n i18n = new I18n(I18n.CHINESE);
        assertEquals("阻塞在 lock 上，它被 T2 持有", ManualTexts.whyNot(T1, ALL, i18n));
        assertEquals("休眠到 1.500000 秒", ManualTexts.whyNot(T2, ALL, i18n));
        assertEquals("已结束", ManualTexts.whyNot(T3, ALL, i18n));
        assertEquals("在等待通知", ManualTexts.whyNot(T4, ALL, i18n));
        assertEquals("有几个线程可以运行：请选择一个线程：1 / 3。", ManualTexts.refusal(
                new ManualRefusal(ManualRefusal.Reason.CHOOSE, 0, null, List.of(1, 3)), ALL, i18n));
    }
}
