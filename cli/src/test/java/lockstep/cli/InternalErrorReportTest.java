package lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.trace.Trace;
import org.junit.jupiter.api.Test;

/** A run the simulator itself could not finish (status internal-error) is told as such, in both languages. */
class InternalErrorReportTest {
    private static final String NL = System.lineSeparator();
    private static final String STATE = "internal error: the machine went round 100000 times without taking a step or"
            + " reaching a timer, at step 7, 0.000007 s; its threads:\n  MainThread (thread 1, process 1000): WAITING,"
            + " waiting for lock#1 (ready)\n";

    private static String[] report(String language) {
        RunResult result = new RunResult(RunStatus.INTERNAL_ERROR, "hi\n", Map.of(), 7_000, 7, STATE, new Trace(),
                null);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        TextReport.print(result, RunOptions.defaults(), List.of(), new PrintWriter(out), new PrintWriter(err),
                language);
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void englishNamesTheFaultAndTheMachinesState() {
        String[] printed = report("en");
        assertEquals("hi\n-- internal-error · 7 steps · 0.000007 s virtual time" + NL, printed[0]);
        assertEquals("lockstep: internal error: the simulator stopped making progress and ended the run; please report"
                + " it with the program. The machine's state:" + NL + STATE, printed[1]);
    }

    @Test
    void chineseNamesTheFaultAndTheMachinesState() {
        String[] printed = report("zh");
        assertEquals("hi\n-- 内部错误 · 7 步 · 虚拟时间 0.000007 秒" + NL, printed[0]);
        assertEquals("lockstep：内部错误：模拟器不再前进，已结束这次运行；请连同程序一起报告。机器的状态：" + NL + STATE,
                printed[1]);
    }
}
