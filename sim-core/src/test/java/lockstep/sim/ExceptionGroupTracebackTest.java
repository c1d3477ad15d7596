package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The whole text of an uncaught exception group, as CPython 3.11 prints it (python3 prog.py, with the file's folder
 * and the {@code ^^^} marker lines, which Lockstep leaves out of every traceback, removed).
 */
class ExceptionGroupTracebackTest {
    @Test
    void nestedGroupRaisedInAFunction() {
        RunResult r = Runs.run("""
                def f():
                    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError("k")])])
                f()
                """);
        assertEquals(RunStatus.ERROR, r.status());
        assertEquals("""
                  + Exception Group Traceback (most recent call last):
                  |   File "prog.py", line 3, in <module>
                  |     f()
                  |   File "prog.py", line 2, in f
                  |     raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError("k")])])
                  | ExceptionGroup: eg (2 sub-exceptions)
                  +-+---------------- 1 ----------------
                    | ValueError: 1
                    +---------------- 2 ----------------
                    | ExceptionGroup: inner (2 sub-exceptions)
                    +-+---------------- 1 ----------------
                      | TypeError: 2
                      +---------------- 2 ----------------
                      | KeyError: 'k'
                      +------------------------------------
                """, r.error() + "\n");
    }

    @Test
    void whatExceptStarClausesRaiseAndLeave() {
        RunResult r = Runs.run("""
                try:
                    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
                except* ValueError:
                    raise KeyError("k")
                """);
        assertEquals("""
                  | ExceptionGroup:  (2 sub-exceptions)
                  +-+---------------- 1 ----------------
                    | Exception Group Traceback (most recent call last):
                    |   File "prog.py", line 2, in <module>
                    |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
                    | ExceptionGroup: eg (1 sub-exception)
                    +-+---------------- 1 ----------------
                      | ValueError: 1
                      +------------------------------------
                    |\s
                    | During handling of the above exception, another exception occurred:
                    |\s
                    | Traceback (most recent call last):
                    |   File "prog.py", line 4, in <module>
                    |     raise KeyError("k")
                    | KeyError: 'k'
                    +---------------- 2 ----------------
                    | Exception Group Traceback (most recent call last):
                    |   File "prog.py", line 2, in <module>
                    |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
                    | ExceptionGroup: eg (1 sub-exception)
                    +-+---------------- 1 ----------------
                      | TypeError: 2
                      +------------------------------------
                """, r.error() + "\n");
    }

    @Test
    void aGroupInTheContextOfAPlainException() {
        RunResult r = Runs.run("""
                try:
                    raise ValueError(1)
                except ValueError as e:
                    raise ExceptionGroup("ctx", [e])
                """);
        assertEquals("""
                Traceback (most recent call last):
                  File "prog.py", line 2, in <module>
                    raise ValueError(1)
                ValueError: 1

                During handling of the above exception, another exception occurred:

                  + Exception Group Traceback (most recent call last):
                  |   File "prog.py", line 4, in <module>
                  |     raise ExceptionGroup("ctx", [e])
                  | ExceptionGroup: ctx (1 sub-exception)
                  +-+---------------- 1 ----------------
                    | Traceback (most recent call last):
                    |   File "prog.py", line 2, in <module>
                    |     raise ValueError(1)
                    | ValueError: 1
                    +------------------------------------
                """, r.error() + "\n");
    }

    @Test
    void moreThanFifteenMembersAreCounted() {
        RunResult r = Runs.run("raise ExceptionGroup('big', [ValueError(i) for i in range(17)])\n");
        String expectedEnd = """
                    +---------------- 15 ----------------
                    | ValueError: 14
                    +---------------- ... ----------------
                    | and 2 more exceptions
                    +------------------------------------
                """;
        String error = r.error() + "\n";
        assertEquals(expectedEnd, error.substring(error.length() - expectedEnd.length()));
    }
}
