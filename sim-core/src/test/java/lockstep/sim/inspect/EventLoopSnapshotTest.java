package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The asyncio event loop in a picture: its ready queue, its timers by deadline, and each task's state. */
class EventLoopSnapshotTest {
    private static final String WORK = """
            import asyncio

            async def work(name, delay):
                print(name, 'start')
                await asyncio.sleep(delay)
                print(name, 'end')

            async def main():
                t1 = asyncio.create_task(work('w1', 1))
                t2 = asyncio.create_task(work('w2', 2))
                print('created')
                await t1
                await t2
                print('all done')

            asyncio.run(main())
            """;

    @Test
    void tasksJustCreatedWaitInTheReadyQueue() {
        EventLoopInfo loop = loop(Inspecting.afterPrint(WORK, "created"));
        assertEquals(List.of("Task-2", "Task-3"), loop.ready());
        assertEquals(EventLoopInfo.State.RUNNING, loop.task("Task-1").state());
        assertEquals(EventLoopInfo.State.READY, loop.task("Task-2").state());
        assertEquals("work", loop.task("Task-2").coroutine());
        assertEquals("MainThread", loop.thread());
        assertTrue(loop.running());
    }

    @Test
    void sleepingTasksWaitForTheirTimersInDeadlineOrder() {
        EventLoopInfo loop = loop(Inspecting.afterPrint(WORK, "w2 start"));
        assertEquals(List.of("Task-2 sleep(1)"), loop.timers().stream().map(EventLoopInfo.Timer::label).toList());
        assertEquals(EventLoopInfo.State.WAITING, loop.task("Task-1").state());
        assertEquals("Task-2", loop.task("Task-1").awaiting());
        assertEquals(EventLoopInfo.State.WAITING, loop.task("Task-2").state());
        assertEquals("sleep(1)", loop.task("Task-2").awaiting());
        assertEquals(EventLoopInfo.State.RUNNING, loop.task("Task-3").state());
    }

    @Test
    void finishedTasksAreDone() {
        EventLoopInfo loop = loop(Inspecting.afterPrint(WORK, "all done"));
        assertEquals(EventLoopInfo.State.DONE, loop.task("Task-2").state());
        assertEquals(EventLoopInfo.State.DONE, loop.task("Task-3").state());
        assertTrue(loop.timers().isEmpty());
    }

    @Test
    void aProgramWithoutAsyncioHasNoLoop() {
        Snapshot s = Inspecting.afterPrint("print('hi')\n", "hi");
        assertTrue(s.process(s.processes().get(0).pid()).loops().isEmpty());
    }

    private static EventLoopInfo loop(Snapshot s) {
        List<EventLoopInfo> loops = s.processes().get(0).loops();
        assertEquals(1, loops.size(), loops.toString());
        return loops.get(0);
    }
}
