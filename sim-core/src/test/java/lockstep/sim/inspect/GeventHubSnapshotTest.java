package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * gevent's hub in a picture, as an asyncio loop is shown: the callbacks it will run in order, its timers with their
 * deadlines, which greenlet runs, each greenlet's state and what it waits for, and the main greenlet.
 */
class GeventHubSnapshotTest {
    private static final String NAPS = """
            import gevent

            def nap(name, seconds):
                print(name, 'sleeps')
                gevent.sleep(seconds)
                print(name, 'wakes')

            def boom():
                raise ValueError('boom')

            a = gevent.spawn(nap, 'a', 2)
            b = gevent.spawn(nap, 'b', 1)
            c = gevent.spawn_later(5, nap, 'c', 0)
            print('spawned')
            a.join()
            print('a joined')
            c.kill()
            failed = gevent.spawn(boom)
            gevent.joinall([b, c, failed])
            print('all done')
            """;

    @Test
    void spawnedGreenletsWaitInTheHubsCallbacksAndSpawnLaterOnItsTimer() {
        EventLoopInfo hub = hub(Inspecting.afterPrint(NAPS, "spawned"));
        assertEquals(EventLoopInfo.Runner.GEVENT, hub.runner());
        assertEquals("MainThread", hub.thread());
        assertFalse(hub.running(), "the main greenlet runs, not the hub");
        assertEquals(List.of("Greenlet-0", "Greenlet-1"), hub.ready());
        assertEquals(List.of("Greenlet-2"), hub.timers().stream().map(EventLoopInfo.Timer::label).toList());
        assertEquals(5.0, hub.timers().get(0).whenSeconds(), 0.001);
        assertEquals(EventLoopInfo.State.READY, hub.task("Greenlet-0").state());
        assertEquals("nap", hub.task("Greenlet-0").coroutine());
        assertEquals(EventLoopInfo.State.WAITING, hub.task("Greenlet-2").state());
        assertEquals("spawn_later", hub.task("Greenlet-2").awaiting());
        assertEquals(EventLoopInfo.State.RUNNING, hub.main().state());
        assertNull(hub.main().awaiting());
    }

    @Test
    void theRunningGreenletRunsWhileTheMainGreenletWaitsInTheHub() {
        EventLoopInfo hub = hub(Inspecting.afterPrint(NAPS, "b sleeps"));
        assertTrue(hub.running());
        assertEquals(EventLoopInfo.State.RUNNING, hub.task("Greenlet-1").state());
        assertEquals(EventLoopInfo.State.WAITING, hub.task("Greenlet-0").state());
        assertEquals("sleep(2)", hub.task("Greenlet-0").awaiting());
        assertEquals(List.of("Greenlet-0 sleep(2)", "Greenlet-2"),
                hub.timers().stream().map(EventLoopInfo.Timer::label).toList());
        assertEquals(2.0, hub.timers().get(0).whenSeconds(), 0.001);
        assertEquals(EventLoopInfo.State.WAITING, hub.main().state());
        assertEquals("join(Greenlet-0)", hub.main().awaiting());
    }

    @Test
    void finishedKilledAndFailedGreenletsSayHowTheyEnded() {
        EventLoopInfo joined = hub(Inspecting.afterPrint(NAPS, "a joined"));
        assertEquals(EventLoopInfo.State.DONE, joined.task("Greenlet-0").state());
        assertEquals(EventLoopInfo.State.DONE, joined.task("Greenlet-1").state());
        assertEquals(EventLoopInfo.State.WAITING, joined.task("Greenlet-2").state());
        EventLoopInfo end = hub(Inspecting.afterPrint(NAPS, "all done"));
        assertEquals(EventLoopInfo.State.CANCELLED, end.task("Greenlet-2").state());
        assertEquals(EventLoopInfo.State.FAILED, end.task("Greenlet-3").state());
        assertEquals("boom", end.task("Greenlet-3").coroutine());
        assertTrue(end.ready().isEmpty() && end.timers().isEmpty(), end.toString());
    }

    @Test
    void aProgramThatMakesNoGreenletHasNoHub() {
        Snapshot s = Inspecting.afterPrint("import gevent\nprint('hi')\n", "hi");
        assertTrue(s.processes().get(0).loops().isEmpty());
    }

    private static EventLoopInfo hub(Snapshot s) {
        List<EventLoopInfo> loops = s.processes().get(0).loops();
        assertEquals(1, loops.size(), loops.toString());
        return loops.get(0);
    }
}
