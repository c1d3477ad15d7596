package lockstep.app.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lockstep.app.objects.SnapshotChanges.Part;
import lockstep.sim.inspect.EventLoopInfo;
import lockstep.sim.inspect.LockInfo;
import lockstep.sim.inspect.ProcessInfo;
import lockstep.sim.inspect.SemaphoreInfo;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.ThreadRef;
import lockstep.sim.inspect.VariableInfo;
import org.junit.jupiter.api.Test;

/** Which rows and parts changed between two pictures. */
class SnapshotChangesTest {
    private static final ThreadRef T1 = new ThreadRef(2, "T1", 1000);
    private static final ThreadRef T2 = new ThreadRef(3, "T2", 1000);

    private static Snapshot picture(long step, LockInfo lock, SemaphoreInfo sem, String x) {
        return new Snapshot(step, step * 1000, false, List.of(new ProcessInfo(1000, 0, true, List.of(),
                List.of(lock, sem), List.of(new VariableInfo("x", x)))));
    }

    private static LockInfo lock(ThreadRef owner, List<ThreadRef> waiters) {
        return new LockInfo("lock", "lock#1", false, owner, false, owner == null ? 0 : 1, waiters, false);
    }

    private static SemaphoreInfo sem(long value) {
        return new SemaphoreInfo("sem", "lock#2", value, -1, List.of());
    }

    @Test
    void anOwnerChangeAWaiterAddedAndAValueChangeAreSeenEachInItsPart() {
        Snapshot before = picture(9, lock(T1, List.of()), sem(2), "1");
        Snapshot after = picture(10, lock(T2, List.of(T1)), sem(2), "2");
        SnapshotChanges changes = SnapshotChanges.between(after, before);
        String lock = "1000/LockInfo/lock";
        assertTrue(changes.changed(lock, Part.OWNER));
        assertTrue(changes.changed(lock, Part.WAITERS));
        assertFalse(changes.changed(lock, Part.COUNT));
        assertFalse(changes.changed("1000/SemaphoreInfo/sem"));
        assertTrue(changes.changed("1000/variable/x", Part.VALUE));
        assertEquals(2, changes.size());
    }

    @Test
    void aNewRowChangedEntirelyAndNoPreviousPictureMeansNoChange() {
        Snapshot before = new Snapshot(0, 0, false, List.of(new ProcessInfo(1000, 0, true, List.of(), List.of(),
                List.of())));
        Snapshot after = picture(1, lock(null, List.of()), sem(1), "0");
        SnapshotChanges changes = SnapshotChanges.between(after, before);
        assertTrue(changes.changed("1000/LockInfo/lock", Part.OWNER));
        assertTrue(changes.changed("1000/SemaphoreInfo/sem", Part.VALUE));
        assertEquals(3, changes.size());
        assertEquals(0, SnapshotChanges.between(after, null).size());
    }

    @Test
    void aTaskThatStartsWaitingAndALoopWhoseTimersChangeAreSeen() {
        EventLoopInfo.TaskInfo running = new EventLoopInfo.TaskInfo("Task-2", "work", EventLoopInfo.State.RUNNING, null);
        EventLoopInfo.TaskInfo waiting = new EventLoopInfo.TaskInfo("Task-2", "work", EventLoopInfo.State.WAITING,
                "sleep(1)");
        EventLoopInfo before = new EventLoopInfo("MainThread", true, List.of("Task-3"), List.of(), List.of(running));
        EventLoopInfo after = new EventLoopInfo("MainThread", true, List.of("Task-3"),
                List.of(new EventLoopInfo.Timer("Task-2 sleep(1)", 1.0)), List.of(waiting));
        SnapshotChanges changes = SnapshotChanges.between(loopPicture(2, after), loopPicture(1, before));
        assertTrue(changes.changed("1000/task/Task-2", Part.STATE));
        assertTrue(changes.changed("1000/task/Task-2", Part.WAIT));
        assertTrue(changes.changed("1000/loop/MainThread", Part.VALUE));
        assertFalse(changes.changed("1000/loop/MainThread", Part.WAITERS), "the ready queue is the same");
    }

    /** gevent's hub beside an asyncio loop on the same thread: rows of their own, the main greenlet's among them. */
    @Test
    void theGeventHubAndItsGreenletsHaveRowsOfTheirOwn() {
        EventLoopInfo.TaskInfo mainRunning = new EventLoopInfo.TaskInfo(EventLoopInfo.MAIN_GREENLET, "<module>",
                EventLoopInfo.State.RUNNING, null);
        EventLoopInfo.TaskInfo mainWaiting = new EventLoopInfo.TaskInfo(EventLoopInfo.MAIN_GREENLET, "<module>",
                EventLoopInfo.State.WAITING, "join(Greenlet-0)");
        EventLoopInfo.TaskInfo ready = new EventLoopInfo.TaskInfo("Greenlet-0", "nap", EventLoopInfo.State.READY, null);
        EventLoopInfo.TaskInfo running = new EventLoopInfo.TaskInfo("Greenlet-0", "nap", EventLoopInfo.State.RUNNING,
                null);
        EventLoopInfo before = new EventLoopInfo(EventLoopInfo.Runner.GEVENT, "MainThread", false,
                List.of("Greenlet-0"), List.of(), List.of(ready), mainRunning);
        EventLoopInfo after = new EventLoopInfo(EventLoopInfo.Runner.GEVENT, "MainThread", true, List.of(), List.of(),
                List.of(running), mainWaiting);
        EventLoopInfo asyncio = new EventLoopInfo("MainThread", false, List.of(), List.of(), List.of());
        Snapshot previous = new Snapshot(1, 1000, false, List.of(new ProcessInfo(1000, 0, true, List.of(), List.of(),
                List.of(), List.of(asyncio, before))));
        Snapshot current = new Snapshot(2, 2000, false, List.of(new ProcessInfo(1000, 0, true, List.of(), List.of(),
                List.of(), List.of(asyncio, after))));
        SnapshotChanges changes = SnapshotChanges.between(current, previous);
        assertTrue(changes.changed("1000/hub/MainThread", Part.WAITERS), "its callbacks ran");
        assertFalse(changes.changed("1000/loop/MainThread"), "asyncio's loop is another row, unchanged");
        assertTrue(changes.changed("1000/greenlet/Greenlet-0", Part.STATE));
        assertTrue(changes.changed("1000/greenlet/main", Part.WAIT));
        assertFalse(changes.changed("1000/task/Greenlet-0"));
    }

    private static Snapshot loopPicture(long step, EventLoopInfo loop) {
        return new Snapshot(step, step * 1000, false, List.of(new ProcessInfo(1000, 0, true, List.of(), List.of(),
                List.of(), List.of(loop))));
    }
}
