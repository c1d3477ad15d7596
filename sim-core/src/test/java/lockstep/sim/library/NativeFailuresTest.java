package lockstep.sim.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.machine.Machine;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import org.junit.jupiter.api.Test;

/**
 * The machine's last line of defence: a Java exception that escapes a native (never expected) reaches the program
 * as SystemError naming the native, so the run ends with a Python traceback, and a Java stack overflow inside
 * natives as RecursionError. The broken natives exist only here, put into the program's globals before it runs.
 */
class NativeFailuresTest {
    private static RunResult runWith(String source, PyNativeFunction broken) {
        Program program;
        try {
            program = Simulator.compile("broken.py", source);
        } catch (ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
        Machine machine = Simulator.prepare(program, RunOptions.defaults());
        machine.mainGlobals().put(broken.name, broken);
        return Simulator.resultOf(program, machine, machine.run());
    }

    @Test
    void aJavaExceptionInANativeIsSystemErrorWithATraceback() {
        PyNativeFunction broken = new PyNativeFunction("broken", (ctx, a, kw) -> {
            Object notAList = "text";
            return ((java.util.List<?>) notAList).isEmpty() ? PyNone.NONE : PyNone.NONE;
        });
        RunResult result = runWith("x = 1\nbroken(x)\n", broken);
        assertEquals(RunStatus.ERROR, result.status());
        assertEquals("""
                Traceback (most recent call last):
                  File "broken.py", line 2, in <module>
                    broken(x)
                SystemError: native 'broken' failed inside the simulator: ClassCastException""",
                result.error().strip());
    }

    @Test
    void theProgramCanCatchIt() {
        PyNativeFunction broken = new PyNativeFunction("broken", (ctx, a, kw) -> {
            throw new IllegalStateException("an invariant of the native");
        });
        RunResult result = runWith("""
                try:
                    broken()
                except SystemError as e:
                    print(type(e).__name__, e)
                """, broken);
        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals("SystemError native 'broken' failed inside the simulator: IllegalStateException\n",
                result.outputText());
    }

    @Test
    void aJavaStackOverflowInANativeIsRecursionError() {
        PyNativeFunction deep = new PyNativeFunction("deep", (ctx, a, kw) -> {
            throw new StackOverflowError();
        });
        RunResult result = runWith("""
                try:
                    deep()
                except RecursionError as e:
                    print(type(e).__name__, e)
                """, deep);
        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals("RecursionError maximum recursion depth exceeded\n", result.outputText());
    }
}
