package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tracebacks of re-raised exceptions as CPython 3.11 prints them (its {@code ^^^} lines removed). */
class ReraiseTracebackTest {
    @Test
    void aBareRaiseAddsNoEntry() {
        RunResult r = Runs.run("""
                def f():
                    try:
                        raise ValueError(1)
                    except ValueError:
                        raise
                f()
                """);
        assertEquals("""
                Traceback (most recent call last):
                  File "prog.py", line 6, in <module>
                    f()
                  File "prog.py", line 3, in f
                    raise ValueError(1)
                ValueError: 1
                """, r.error() + "\n");
    }

    @Test
    void raiseFromNoneHidesTheContext() {
        RunResult r = Runs.run("""
                try:
                    raise KeyError(1)
                except KeyError:
                    raise ValueError(2) from None
                """);
        assertEquals("""
                Traceback (most recent call last):
                  File "prog.py", line 4, in <module>
                    raise ValueError(2) from None
                ValueError: 2
                """, r.error() + "\n");
    }

    @Test
    void aPartOfAGroupGoesOnWithoutItsContext() {
        RunResult r = Runs.run("""
                try:
                    try:
                        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
                    except* ValueError as e1:
                        try:
                            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
                        except* KeyError as e2:
                            pass
                except* TypeError as e3:
                    pass
                """);
        assertEquals("""
                  | ExceptionGroup:  (1 sub-exception)
                  +-+---------------- 1 ----------------
                    | Exception Group Traceback (most recent call last):
                    |   File "prog.py", line 6, in <module>
                    |     raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
                    | ExceptionGroup: inner (1 sub-exception)
                    +-+---------------- 1 ----------------
                      | OSError: 4
                      +------------------------------------
                """, r.error() + "\n");
    }
}
