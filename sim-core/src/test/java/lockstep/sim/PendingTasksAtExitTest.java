package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tasks left pending on a loop the program closed are destroyed as CPython's interpreter exits, after the atexit
 * functions, each logged on stderr as CPython 3.11.7 logged them for these programs (its file named prog.py); a loop
 * left open keeps its tasks, as {@code asyncio.get_event_loop()}'s does in CPython until the end. The conformance
 * program 605 follows the same through an exception handler.
 */
class PendingTasksAtExitTest {
    private static final String PROGRAM = """
            import asyncio
            async def work(n):
                await asyncio.sleep(n)
                print("work", n)
            async def main():
                tasks = [asyncio.create_task(work(i)) for i in range(3)]
                done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
                print(len(done), len(pending))
            loop = asyncio.get_event_loop()
            loop.run_until_complete(main())
            """;

    @Test
    void aClosedLoopsPendingTasksAreReportedDestroyedAtExit() {
        RunResult r = Runs.run(PROGRAM + "loop.close()\nprint(\"end\")\n");
        assertEquals(RunStatus.COMPLETED, r.status());
        assertEquals("work 0\n1 2\nend\n", r.outputText());
        assertEquals("""
                Task was destroyed but it is pending!
                task: <Task pending name='Task-3' coro=<work() done, defined at prog.py:2> wait_for=<Future pending cb=[Task.task_wakeup()]>>
                Task was destroyed but it is pending!
                task: <Task pending name='Task-4' coro=<work() done, defined at prog.py:2> wait_for=<Future pending cb=[Task.task_wakeup()]>>
                """, r.errorOutput());
    }

    @Test
    void aLoopLeftOpenReportsNothing() {
        RunResult r = Runs.run(PROGRAM + "print(\"end\")\n");
        assertEquals("work 0\n1 2\nend\n", r.outputText());
        assertEquals("", r.errorOutput());
    }
}
