package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;
import lockstep.sim.ThreadState;
import org.junit.jupiter.api.Test;

/** Manual mode: choosing threads, the schedule it makes, replaying and going back. */
class ManualSessionTest {
    private static final String TWO_WORKERS = """
            import threading
            lock = threading.Lock()
            x = 0
            def work():
                global x
                for i in range(3):
                    with lock:
                        x += 1
            a = threading.Thread(target=work, name='A')
            b = threading.Thread(target=work, name='B')
            a.start()
            b.start()
            a.join()
            b.join()
            print(x)
            """;

    private static int idOf(ChoicePoint at, String name) {
        return at.runnable().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " cannot run at " + at.snapshot().step())).id();
    }

    /** Runs the first of {@code preferred} that can run (else the first that can) to its next event. */
    private static ChoicePoint runPreferring(ManualSession session, String... preferred) {
        ChoicePoint at = session.current();
        for (String name : preferred) {
            for (ThreadRef t : at.runnable()) {
                if (t.name().equals(name)) {
                    return session.runToNextEvent(t.id());
                }
            }
        }
        return session.runToNextEvent(at.runnable().get(0).id());
    }

    /** Runs the main thread (or a thread it waits to see started) until both workers can run. */
    private static ChoicePoint untilBothWorkersCanRun(ManualSession session) {
        ChoicePoint at = session.current();
        while (!(at.runnable().stream().anyMatch(t -> t.name().equals("A"))
                && at.runnable().stream().anyMatch(t -> t.name().equals("B")))) {
            at = runPreferring(session, "MainThread");
        }
        return at;
    }

    @Test
    void atTheStartOnlyTheMainThreadCanRunAndAStepMakesOneStep() {
        try (ManualSession session = ManualSession.start(Inspecting.compile(TWO_WORKERS), RunOptions.defaults(),
                new Schedule())) {
            ChoicePoint start = session.current();
            assertEquals(0, start.snapshot().step());
            assertEquals(List.of("MainThread"), start.runnable().stream().map(ThreadRef::name).toList());
            assertFalse(start.finished());
            ChoicePoint next = session.step(start.runnable().get(0).id());
            assertEquals(1, next.snapshot().step());
            assertEquals("1 1\n", next.schedule().toText().lines().skip(1).findFirst().get() + "\n");
        }
    }

    @Test
    void aThreadThatCannotRunIsRefused() {
        try (ManualSession session = ManualSession.start(Inspecting.compile(TWO_WORKERS), RunOptions.defaults(),
                new Schedule())) {
            assertThrows(IllegalArgumentException.class, () -> session.step(2));
        }
    }

    /** A holds the lock; B, chosen, blocks on it and can no longer be chosen until A lets it go. */
    @Test
    void aThreadBlockedOnALockHeldByAnotherCannotBeChosen() {
        try (ManualSession session = ManualSession.start(Inspecting.compile(TWO_WORKERS), RunOptions.defaults(),
                new Schedule())) {
            ChoicePoint at = untilBothWorkersCanRun(session);
            // A runs until it takes the lock.
            while (!"A".equals(ownerOfLock(at))) {
                at = session.runToNextEvent(idOf(at, "A"));
            }
            // B runs until it asks for the lock.
            for (int i = 0; i < 50 && at.snapshot().thread("B").state() != ThreadState.BLOCKED; i++) {
                at = session.runToNextEvent(idOf(at, "B"));
            }
            assertEquals(ThreadState.BLOCKED, at.snapshot().thread("B").state());
            assertEquals("A", ownerOfLock(at));
            assertFalse(at.canRun(at.snapshot().thread("B").id()));
            LockInfo lock = (LockInfo) at.snapshot().process(1000).object("lock");
            assertEquals(List.of("B"), lock.waiters().stream().map(ThreadRef::name).toList());
        }
    }

    private static String ownerOfLock(ChoicePoint at) {
        ThreadRef owner = ((LockInfo) at.snapshot().process(1000).object("lock")).owner();
        return owner == null ? null : owner.name();
    }

    /**
     * Choices made by hand form a schedule; a new session given it comes back to the same picture, so does an
     * inspector replaying it, and going back one step gives the picture before.
     */
    @Test
    void theScheduleMadeByHandReplaysToTheSamePicture() {
        Program program = Inspecting.compile(TWO_WORKERS);
        RunOptions options = RunOptions.defaults();
        List<ChoicePoint> path = new ArrayList<>();
        Schedule made;
        try (ManualSession session = ManualSession.start(program, options, new Schedule())) {
            ChoicePoint at = untilBothWorkersCanRun(session);
            path.add(at);
            // Interleave A and B a step at a time, for as long as both can run.
            for (int i = 0; i < 40 && !at.finished(); i++) {
                String name = i % 2 == 0 ? "A" : "B";
                if (!at.runnable().stream().anyMatch(t -> t.name().equals(name))) {
                    continue;
                }
                at = session.step(idOf(at, name));
                path.add(at);
            }
            made = session.schedule();
            Schedule reread = Schedule.parse(made.toText());
            try (ManualSession replay = ManualSession.start(program, options, reread)) {
                assertEquals(at.snapshot(), replay.current().snapshot());
                assertEquals(at.runnable(), replay.current().runnable());
                assertEquals(at.output(), replay.current().output());
            }
            try (Inspector inspector = new Inspector(program, options.withSchedule(reread))) {
                Snapshot replayed = inspector.snapshotAt(at.snapshot().step());
                assertEquals(at.snapshot().processes(), replayed.processes());
            }
            ChoicePoint before = path.get(path.size() - 2);
            ChoicePoint back = session.back();
            assertEquals(before.snapshot(), back.snapshot());
            assertEquals(before.schedule().toText(), back.schedule().toText());
        }
    }

    @Test
    void runningEveryThreadByHandToTheEndCompletesTheProgram() {
        try (ManualSession session = ManualSession.start(Inspecting.compile(TWO_WORKERS), RunOptions.defaults(),
                new Schedule())) {
            ChoicePoint at = session.current();
            int choices = 0;
            while (!at.finished()) {
                // Always the last runnable thread: the workers before the main thread once they exist.
                at = session.runToNextEvent(at.runnable().get(at.runnable().size() - 1).id());
                assertTrue(++choices < 10_000);
            }
            assertEquals(RunStatus.COMPLETED, at.status());
            assertEquals("6\n", at.output());
            assertTrue(at.snapshot().finished());
            assertEquals(at.snapshot().step(), at.trace().steps());
            assertThrows(IllegalStateException.class, () -> session.step(1));
        }
    }

    @Test
    void aDeadlockReachedByHandEndsTheSessionWithItsExplanation() {
        String program = """
                import threading
                a = threading.Lock()
                b = threading.Lock()
                def one():
                    with a:
                        with b:
                            pass
                def two():
                    with b:
                        with a:
                            pass
                t1 = threading.Thread(target=one, name='T1')
                t2 = threading.Thread(target=two, name='T2')
                t1.start()
                t2.start()
                t1.join()
                t2.join()
                """;
        try (ManualSession session = ManualSession.start(Inspecting.compile(program), RunOptions.defaults(),
                new Schedule())) {
            // T1 takes a, then T2 takes b, then each asks for the other's lock.
            ChoicePoint at = session.current();
            while (!at.finished()) {
                if (!"T1".equals(owner(at, "a"))) {
                    at = runPreferring(session, "T1", "MainThread");
                } else if (!"T2".equals(owner(at, "b"))) {
                    at = runPreferring(session, "T2", "MainThread");
                } else {
                    at = runPreferring(session, "T1", "T2", "MainThread");
                }
            }
            assertEquals(RunStatus.DEADLOCK, at.status());
            assertTrue(at.problem().contains("T1"), at.problem());
        }
    }

    private static String owner(ChoicePoint at, String lock) {
        LockInfo info = (LockInfo) at.snapshot().process(1000).object(lock);
        return info == null || info.owner() == null ? null : info.owner().name();
    }

    @Test
    void aPrefixOfARecordedScheduleStopsWhereItEnds() {
        Program program = Inspecting.compile(TWO_WORKERS);
        Schedule recorded = lockstep.sim.Simulator.run(program, RunOptions.defaults().withQuantum(5)).schedule();
        Schedule first100 = ManualSession.prefix(recorded, 100);
        assertEquals(100, first100.slices().stream().mapToLong(Schedule.Slice::steps).sum());
        try (ManualSession session = ManualSession.start(program, RunOptions.defaults(), first100);
             Inspector inspector = new Inspector(program, RunOptions.defaults().withQuantum(5))) {
            assertEquals(100, session.current().snapshot().step());
            assertEquals(inspector.snapshotAt(100).process(1000).variables(),
                    session.current().snapshot().process(1000).variables());
        }
        Schedule impossible = Schedule.parse("1 5\n7 3\n");
        assertThrows(IllegalArgumentException.class,
                () -> ManualSession.start(program, RunOptions.defaults(), impossible));
    }
}
