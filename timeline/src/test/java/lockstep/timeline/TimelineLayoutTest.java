package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** The layout of traces into lanes, bars, markers and arrows: pure, no toolkit. */
class TimelineLayoutTest {
    /** T1 takes lock a and blocks on it again... the hand-off story every lane state comes from. */
    private static TimelineModel handoff() {
        return new Traces()
                .firstThread(0, "MainThread")
                .run("MainThread", 0, 10)
                .starts(5, "MainThread", "T1")
                .acquire(8, "MainThread", "a", "lock#1")
                .sleep(10, "MainThread", TraceEvent.Pause.SLEEP, 0.01)
                .run("T1", 10, 5)
                .block(15, "T1", "a", "MainThread")
                .wake(15, "MainThread")
                .run("MainThread", 15, 10)
                .release(20, "MainThread", "a", "lock#1")
                .print(22, "MainThread", "done")
                .acquire(25, "T1", "a", "lock#1")
                .run("T1", 25, 10)
                .end(35, "T1")
                .run("MainThread", 35, 5)
                .end(40, "MainThread")
                .model();
    }

    @Test
    void aLanePerThreadInOrderOfBirthUnderItsProcess() {
        TimelineModel model = handoff();
        assertEquals(List.of("MainThread", "T1"), names(model));
        assertEquals(1, model.groups().size());
        LaneGroup group = model.groups().get(0);
        assertEquals(LaneGroup.Kind.PROCESS, group.kind());
        assertEquals(1000, group.pid());
        assertEquals(LaneGroup.Origin.MAIN, group.origin());
        assertEquals(0, group.firstLane());
        assertEquals(2, group.laneCount());
        assertEquals(40, model.totalSteps());
        assertEquals(5, model.lanes().get(1).birthStep(), "a thread appears when it is started");
    }

    @Test
    void barsFollowTheStatesTheEventsTell() {
        TimelineModel model = handoff();
        BarList main = model.lanes().get(0).bars();
        BarList t1 = model.lanes().get(1).bars();
        assertEquals(BarState.RUNNING, main.stateAt(3));
        assertEquals(BarState.SLEEPING, main.stateAt(12), "sleeps from its SLEEP event");
        assertEquals(BarState.RUNNING, main.stateAt(20));
        assertEquals(BarState.READY, main.stateAt(27), "preempted: ready, though no event says so");
        assertEquals(BarState.RUNNING, main.stateAt(39));
        assertEquals(BarState.DONE, model.lanes().get(0).finalState(), "it ends with the last step");
        assertNull(t1.stateAt(4), "nothing before the thread is born");
        assertEquals(BarState.READY, t1.stateAt(7), "started but not yet run");
        assertEquals(BarState.RUNNING, t1.stateAt(12));
        assertEquals(BarState.BLOCKED, t1.stateAt(17), "blocked from its BLOCK");
        assertEquals(BarState.READY, t1.stateAt(22), "ready once the holder released the lock");
        assertEquals(BarState.RUNNING, t1.stateAt(30));
        assertEquals(BarState.DONE, t1.stateAt(37));
        // The blocked bar names what it waits for and who holds it.
        int blocked = t1.indexAt(17);
        assertEquals(15, t1.start(blocked));
        assertEquals(20, t1.end(blocked));
        assertEquals("a \u2190 MainThread", model.label(t1.label(blocked)));
        assertEquals("0.01 s", model.label(main.label(main.indexAt(12))));
    }

    @Test
    void barsAreContiguousAndMerged() {
        for (Lane lane : handoff().lanes()) {
            BarList bars = lane.bars();
            for (int i = 1; i < bars.size(); i++) {
                assertEquals(bars.end(i - 1), bars.start(i), lane.name() + " has a gap or an overlap at bar " + i);
                assertFalse(bars.state(i - 1) == bars.state(i) && bars.label(i - 1) == bars.label(i),
                        lane.name() + ": two equal bars in a row were not merged at " + i);
            }
        }
    }

    @Test
    void aReleaseThatFreesABlockedThreadIsAHandOff() {
        TimelineModel model = handoff();
        assertEquals(List.of(new Arrow(ArrowKind.START, 0, 5, 1, 5), new Arrow(ArrowKind.HANDOFF, 0, 20, 1, 25)),
                model.arrows());
    }

    @Test
    void markersAtTheirStepsWithTheirLabels() {
        TimelineModel model = handoff();
        MarkerList main = model.lanes().get(0).markers();
        assertEquals(List.of("START 5 T1", "ACQUIRE 8 a", "RELEASE 20 a", "PRINT 22 done"), describe(model, main));
        assertEquals(List.of("ACQUIRE 25 a"), describe(model, model.lanes().get(1).markers()));
    }

    @Test
    void aWaitEndedByANotifyIsAWakeAndTheReleaseANotify() {
        TimelineModel model = new Traces()
                .run("A", 0, 10)
                .block(10, "A", "a notify", null)
                .run("B", 10, 10)
                .release(14, "B", "a notify", "lock#7")
                .run("B", 20, 4)
                .acquire(24, "A", "a notify", "lock#7")
                .run("A", 24, 4)
                .model();
        Lane a = model.lanes().get(0);
        Lane b = model.lanes().get(1);
        assertEquals(BarState.WAITING, a.bars().stateAt(12));
        assertEquals(BarState.READY, a.bars().stateAt(16));
        assertEquals(List.of("WAIT 10 a notify", "ACQUIRE 24 a notify"), describe(model, a.markers()));
        assertEquals(List.of("NOTIFY 14 a notify"), describe(model, b.markers()));
        assertEquals(List.of(new Arrow(ArrowKind.WAKE, 1, 14, 0, 24)), model.arrows());
    }

    @Test
    void aTimeoutEndsAWaitWithoutAnArrow() {
        TimelineModel model = new Traces()
                .run("A", 0, 10)
                .block(10, "A", "e", null)
                .run("B", 10, 10)
                .timeout(20, "A", "e")
                .run("A", 20, 5)
                .model();
        assertEquals(BarState.WAITING, model.lanes().get(0).bars().stateAt(15));
        assertEquals(BarState.RUNNING, model.lanes().get(0).bars().stateAt(21));
        assertEquals(List.of("WAIT 10 e", "TIMEOUT 20 e"), describe(model, model.lanes().get(0).markers()));
        assertTrue(model.arrows().isEmpty());
    }

    @Test
    void forkedAndSpawnedProcessesAreGroupsWithArrowsFromTheirParent() {
        TimelineModel model = new Traces()
                .run("MainThread", 0, 10)
                .fork(4, "MainThread", 1001)
                .spawn(8, "MainThread", 1002)
                .run(1001, "MainThread", 0, 10, 5, 10_000)
                .run(1002, "MainThread", 0, 15, 5, 15_000)
                .model();
        assertEquals(3, model.groups().size());
        assertEquals(List.of(1000, 1001, 1002), model.groups().stream().map(LaneGroup::pid).toList());
        assertEquals(LaneGroup.Origin.FORK, model.groups().get(1).origin());
        assertEquals(1000, model.groups().get(1).parentPid());
        assertEquals(LaneGroup.Origin.SPAWN, model.groups().get(2).origin());
        assertEquals(List.of(new Arrow(ArrowKind.FORK, 0, 4, 1, 4), new Arrow(ArrowKind.SPAWN, 0, 8, 2, 8)),
                model.arrows());
        assertEquals(List.of("FORK 4 1001", "SPAWN 8 1002"), describe(model, model.lanes().get(0).markers()));
        assertEquals(BarState.READY, model.lanes().get(1).bars().stateAt(6), "the child waits for a core");
        assertEquals(4, model.lanes().get(1).birthStep());
    }

    @Test
    void tasksAreLanesInsideTheirThreadAndAnEndedTaskPointsToItsAwaiter() {
        TimelineModel model = new Traces()
                .run("MainThread", 0, 20)
                .taskStart(2, "MainThread", "Task-1")
                .taskYield(5, "MainThread", "Task-1", "Task-2")
                .taskStart(5, "MainThread", "Task-2")
                .taskEnd(8, "MainThread", "Task-2")
                .taskResume(8, "MainThread", "Task-1")
                .taskEnd(12, "MainThread", "Task-1")
                .run("Worker", 20, 5)
                .model();
        assertEquals(List.of("MainThread", "Task-1", "Task-2", "Worker"), names(model));
        Lane task1 = model.lanes().get(1);
        Lane task2 = model.lanes().get(2);
        assertEquals(LaneKind.TASK, task1.kind());
        assertEquals(0, task1.parentLane());
        assertEquals("MainThread", task1.thread());
        assertEquals(model.lanes().get(0).colorIndex(), task1.colorIndex(), "a task wears its thread's colour");
        assertEquals(BarState.RUNNING, task1.bars().stateAt(3));
        assertEquals(BarState.WAITING, task1.bars().stateAt(6), "suspended at its await");
        assertEquals("Task-2", model.label(task1.bars().label(task1.bars().indexAt(6))));
        assertEquals(BarState.RUNNING, task1.bars().stateAt(10));
        assertEquals(BarState.DONE, task1.bars().stateAt(15));
        assertEquals(BarState.RUNNING, task2.bars().stateAt(6));
        assertEquals(BarState.DONE, task2.bars().stateAt(9));
        assertEquals(List.of(new Arrow(ArrowKind.AWAIT, 2, 8, 1, 8)), model.arrows());
    }

    @Test
    void theClockRunsAStepCostAStepAndJumpsWhereTheTraceSaysSo() {
        // A sleeps alone: the clock jumps a second, and A's segments join into one; its WAKE dates the jump.
        TimelineModel model = new Traces()
                .run(1000, "A", 0, 0, 10, 0)
                .sleep(10, "A", TraceEvent.Pause.SLEEP, 1.0)
                .wakeAt(10, 1_000_010_000L, "A")
                .run(1000, "A", 0, 10, 10, 1_000_010_000L)
                .model();
        assertEquals(1, model.lanes().get(0).bars().size(), "one running bar: the sleep took no step");
        assertEquals(0, model.nanosAt(0));
        assertEquals(5_000, model.nanosAt(5));
        assertEquals(1_000_010_000L, model.nanosAt(10), "after the sleep");
        assertEquals(1_000_015_000L, model.nanosAt(15));
        ClockMap clock = model.clock();
        assertEquals(1, clock.jumpCount());
        assertEquals(10, clock.jumpStep(0));
        assertEquals(1_000_000_000L, clock.jumpNanos(0));
    }

    @Test
    void onSeveralCoresTheClockNeverRunsPastTheNextDatedMoment() {
        // Two cores: steps 0..9 take five ticks.
        Traces traces = new Traces();
        for (int tick = 0; tick < 5; tick++) {
            traces.run(1000, "A", 0, 2L * tick, 1, tick * 1000L).run(1000, "B", 1, 2L * tick + 1, 1, tick * 1000L);
        }
        TimelineModel model = traces.model();
        assertEquals(4_000, model.nanosAt(8));
        assertEquals(4_000, model.nanosAt(9));
        assertEquals(0, model.clock().jumpCount());
    }

    @Test
    void eventKindsTheLayoutDoesNotDrawAreIgnored() {
        TimelineModel model = new Traces()
                .run("A", 0, 5)
                .stepLimit(5, "A", 5)
                .error(5, "A", "ValueError")
                .model();
        assertEquals(1, model.lanes().size());
        assertEquals(5, model.stepLimitStep());
        assertEquals(List.of("ERROR 5 ValueError"), describe(model, model.lanes().get(0).markers()));
    }

    @Test
    void aGilLanePerProcessShowsItsHolder() {
        TimelineModel model = new Traces()
                .gil(0, "A", null)
                .run("A", 0, 10)
                .gil(10, "B", "A")
                .run("B", 10, 10)
                .sleep(20, "B", TraceEvent.Pause.IO, 0.001)
                .gil(20, "A", "B")
                .run("A", 20, 5)
                .model();
        assertEquals(List.of(LaneKind.GIL, LaneKind.THREAD, LaneKind.THREAD),
                model.lanes().stream().map(Lane::kind).toList());
        BarList gil = model.lanes().get(0).bars();
        Lane a = model.lanes().get(1);
        Lane b = model.lanes().get(2);
        assertEquals(a.colorIndex(), gil.owner(gil.indexAt(5)));
        assertEquals(b.colorIndex(), gil.owner(gil.indexAt(15)));
        assertEquals("B", model.label(gil.label(gil.indexAt(15))));
        assertEquals(a.colorIndex(), gil.owner(gil.indexAt(22)));
    }

    @Test
    void onSeveralCoresEachCoreIsALaneAndAThreadRunningEveryTickIsRunningThroughout() {
        RunResult run = Runs.program("""
                import threading
                def work():
                    total = 0
                    for i in range(200):
                        total += i
                ts = [threading.Thread(target=work, name=n) for n in ("A", "B")]
                for t in ts: t.start()
                for t in ts: t.join()
                """, RunOptions.defaults().withCores(2));
        TimelineModel model = TimelineModel.of(run);
        assertEquals(LaneGroup.Kind.CORES, model.groups().get(0).kind());
        assertEquals(2, model.groups().get(0).laneCount());
        assertEquals(List.of(LaneKind.CORE, LaneKind.CORE), List.of(model.lanes().get(0).kind(),
                model.lanes().get(1).kind()));
        Lane thread1 = model.lanes().get(Traces.lane(model, 1000, "A"));
        Lane thread2 = model.lanes().get(Traces.lane(model, 1000, "B"));
        // Both threads compute side by side: steps alternate between them, yet each runs throughout.
        long both = 0;
        for (long step = 0; step < model.totalSteps(); step++) {
            if (thread1.bars().stateAt(step) == BarState.RUNNING && thread2.bars().stateAt(step) == BarState.RUNNING) {
                both++;
            }
        }
        assertTrue(both > 1000, "steps with both threads running: " + both);
        int longest = 0;
        for (int i = 0; i < thread1.bars().size(); i++) {
            if (thread1.bars().state(i) == BarState.RUNNING) {
                longest = (int) Math.max(longest, thread1.bars().end(i) - thread1.bars().start(i));
            }
        }
        assertTrue(longest > 1000, "longest running bar: " + longest);
    }

    @Test
    void lostUpdatesAreMarkedOnTheWritersLanes() {
        RunResult run = Runs.scenario("lost-update");
        TimelineModel model = TimelineModel.of(run);
        int marked = 0;
        for (Lane lane : model.lanes()) {
            for (String marker : describe(model, lane.markers())) {
                if (marker.startsWith("LOST_UPDATE ")) {
                    marked++;
                    assertTrue(marker.endsWith(" x"), marker);
                    assertTrue(lane.name().startsWith("Thread-"), lane.name());
                }
            }
        }
        assertEquals(169, marked);
        assertTrue(MarkerKind.LOST_UPDATE.rare(), "every lost update is drawn, however dense the lane");
    }

    @Test
    void generatorHandoffsAreMarkedOnTheLaneOfTheThreadRunningBothFrames() {
        RunResult run = Runs.program("""
                def consumer():
                    while True:
                        n = yield
                        print(n)

                c = consumer()
                c.send(None)
                c.send(1)
                """, RunOptions.defaults());
        TimelineModel model = TimelineModel.of(run);
        List<String> handoffs = new ArrayList<>();
        for (Lane lane : model.lanes()) {
            for (String marker : describe(model, lane.markers())) {
                if (marker.startsWith("GENERATOR ")) {
                    handoffs.add(lane.name() + " " + marker.replaceFirst(" \\d+ ", " "));
                }
            }
        }
        assertEquals(List.of("MainThread GENERATOR \u2192 consumer#1", "MainThread GENERATOR \u2190 consumer#1",
                "MainThread GENERATOR \u2192 consumer#1", "MainThread GENERATOR \u2190 consumer#1"), handoffs);
    }

    @Test
    void racesPointAtTheLanesOfTheirAccesses() {
        RunResult run = Runs.scenario("lost-update");
        assertFalse(run.races().isEmpty());
        TimelineModel model = TimelineModel.of(run);
        assertEquals(run.races().size(), model.races().size());
        RaceMark race = model.races().get(0);
        assertEquals(run.races().get(0).first().threadName(), model.lanes().get(race.firstLane()).name());
        assertEquals(run.races().get(0).second().threadName(), model.lanes().get(race.secondLane()).name());
        assertEquals(run.races().get(0).second().step(), race.secondStep());
        assertEquals(run.races().get(0).variable(), race.variable());
    }

    @Test
    void objectsNamedBySimulatorReadInTheTextsLanguage() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        MarkerList main = model.lanes().get(Traces.lane(model, 1000, "MainThread")).markers();
        TimelineTexts zh = new TimelineTexts(java.util.Locale.SIMPLIFIED_CHINESE);
        TimelineTexts en = new TimelineTexts(java.util.Locale.ROOT);
        List<String> chinese = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (int i = 0; i < main.size(); i++) {
            if (main.kind(i) == MarkerKind.WAIT) {
                chinese.add(zh.label(model, main.label(i)));
                english.add(en.label(model, main.label(i)));
            }
        }
        assertEquals(List.of("通知", "通知", "T1 的结束"), chinese);
        assertEquals(List.of("a notify", "a notify", "the end of T1"), english);
    }

    @Test
    void aDeadlockIsItsCycle() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        DeadlockMark deadlock = model.deadlock();
        assertNotNull(deadlock);
        assertTrue(deadlock.cycle());
        assertEquals(model.totalSteps(), deadlock.step());
        int t1 = Traces.lane(model, 1000, "T1");
        int t2 = Traces.lane(model, 1000, "T2");
        List<DeadlockMark.Edge> cycle = deadlock.edges().stream().filter(DeadlockMark.Edge::inCycle).toList();
        assertEquals(List.of(t1, t2), cycle.stream().map(DeadlockMark.Edge::waiterLane).toList());
        assertEquals(List.of(t2, t1), cycle.stream().map(DeadlockMark.Edge::holderLane).toList());
        assertEquals(List.of("b", "a"), cycle.stream().map(e -> new TimelineTexts(java.util.Locale.ROOT).render(e.object())).toList());
        assertEquals(BarState.BLOCKED, model.lanes().get(t1).finalState());
        assertEquals(BarState.BLOCKED, model.lanes().get(t2).finalState(), "blocked at the very last step");
    }

    @Test
    void aDeadlockAfterForkPointsAcrossProcessesToTheAbsentHolder() {
        TimelineModel model = TimelineModel.of(Runs.scenario("fork-deadlock"));
        DeadlockMark.Edge edge = model.deadlock().edges().get(0);
        assertTrue(edge.orphaned());
        assertFalse(model.deadlock().cycle());
        Lane waiter = model.lanes().get(edge.waiterLane());
        Lane holder = model.lanes().get(edge.holderLane());
        assertEquals("MainThread", waiter.name());
        assertEquals(1001, waiter.pid());
        assertEquals("X", holder.name());
        assertEquals(1000, holder.pid());
    }

    @Test
    void everyBundledScenarioLaysOutWithContiguousBarsWithinTheRun() throws Exception {
        for (lockstep.sim.scenario.Scenario s : lockstep.sim.scenario.BundledScenarios.loadAll(
                getClass().getClassLoader())) {
            RunResult run = lockstep.sim.Simulator.run(s.compile(), s.runOptions(RunOptions.defaults()
                    .withMaxSteps(200_000)));
            TimelineModel model = TimelineModel.of(run);
            assertFalse(model.lanes().isEmpty(), s.id());
            for (Lane lane : model.lanes()) {
                BarList bars = lane.bars();
                for (int i = 0; i < bars.size(); i++) {
                    assertTrue(bars.start(i) < bars.end(i) && bars.end(i) <= model.totalSteps(), s.id());
                    if (i > 0 && (lane.kind() == LaneKind.THREAD || lane.kind() == LaneKind.TASK)) {
                        assertEquals(bars.end(i - 1), bars.start(i), s.id() + " " + lane.name());
                    }
                }
            }
            for (Arrow arrow : model.arrows()) {
                assertTrue(arrow.fromStep() <= arrow.toStep(), s.id() + " " + arrow);
            }
        }
    }

    @Test
    void layoutIsLinearOnAMillionSteps() {
        RunResult run = Runs.program(Programs.CONTENTION, RunOptions.defaults().withQuantum(7)
                .withPolicy(SchedulingPolicy.RR).withMaxSteps(1_000_000));
        TimelineModel model = TimelineModel.of(run);
        assertEquals(1_000_000, model.totalSteps());
        long bars = 0;
        for (Lane lane : model.lanes()) {
            bars += lane.bars().size();
        }
        // Each segment ends one running bar and starts at most one other bar in every other lane it touches.
        assertTrue(bars <= 3L * run.trace().segments().size() + 4L * run.trace().events().size(),
                "bars: " + bars);
        assertTrue(run.trace().segments().size() > 50_000, "segments: " + run.trace().segments().size());
    }

    /** Three threads called worker, as CPython allows: each is a thread of its own, with a lane of its own. */
    static final String THREE_WORKERS = """
            import threading
            def work(n):
                print(n)
            ts = [threading.Thread(target=work, args=(i,), name="worker") for i in range(3)]
            for t in ts: t.start()
            for t in ts: t.join()
            """;

    @Test
    void threadsThatShareANameHaveALaneEach() {
        TimelineModel model = TimelineModel.of(Runs.program(THREE_WORKERS, RunOptions.defaults()));
        assertEquals(List.of("MainThread", "worker", "worker", "worker"), names(model));
        List<Lane> workers = model.lanes().stream().filter(l -> "worker".equals(l.thread())).toList();
        assertEquals(3, workers.stream().mapToInt(Lane::threadId).distinct().count());
        List<String> printed = new ArrayList<>();
        for (Lane worker : workers) {
            for (int i = 0; i < worker.markers().size(); i++) {
                if (worker.markers().kind(i) == MarkerKind.PRINT) {
                    printed.add(model.label(worker.markers().label(i)));
                }
            }
            assertEquals(BarState.DONE, worker.finalState());
        }
        assertEquals(List.of("0", "1", "2"), printed, "each worker prints once, on its own lane");
    }

    @Test
    void aDeadlockOfThreadsThatShareANameJoinsTheirOwnLanes() {
        TimelineModel model = TimelineModel.of(Runs.program("""
                import threading, time
                locks = [threading.Lock() for _ in range(3)]
                def work(i):
                    with locks[i]:
                        time.sleep(0.1)
                        with locks[(i + 1) % 3]:
                            pass
                ts = [threading.Thread(target=work, args=(i,), name="worker") for i in range(3)]
                for t in ts: t.start()
                for t in ts: t.join()
                """, RunOptions.defaults()));
        List<DeadlockMark.Edge> cycle = model.deadlock().edges().stream().filter(DeadlockMark.Edge::inCycle).toList();
        assertEquals(3, cycle.size());
        assertEquals(3, cycle.stream().mapToInt(DeadlockMark.Edge::waiterLane).distinct().count(), cycle.toString());
        for (DeadlockMark.Edge edge : cycle) {
            assertEquals("worker", model.lanes().get(edge.waiterLane()).name());
            assertTrue(edge.holderLane() >= 0 && edge.holderLane() != edge.waiterLane(), cycle.toString());
        }
    }

    static List<String> names(TimelineModel model) {
        List<String> names = new ArrayList<>();
        for (Lane lane : model.lanes()) {
            names.add(lane.name());
        }
        return names;
    }

    static List<String> describe(TimelineModel model, MarkerList markers) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            out.add(markers.kind(i) + " " + markers.step(i) + " " + model.label(markers.label(i)));
        }
        return out;
    }
}
