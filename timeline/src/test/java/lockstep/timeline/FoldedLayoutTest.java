package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operations;
import org.junit.jupiter.api.Test;

/**
 * The timeline at the operation and line grains: the events on a library's own objects fold into the program's
 * operations (no marker, no arrow), the threads' states stay as at the micro-op grain, and the operations' ends
 * are ticks on the lanes.
 */
class FoldedLayoutTest {
    private static final NarrationRenderer ENGLISH = NarrationRenderer.forLanguage("en");

    /** A scenario's run and its groups at {@code grain}, from the same run. */
    private record Grouped(RunResult run, Operations groups) {}

    private static Grouped run(String scenario, Grain grain) {
        Operations.Recorder recorder = Operations.recorder(grain);
        RunResult run = Runs.scenario(scenario, RunOptions.defaults().withStepListener(recorder));
        return new Grouped(run, recorder.finish(run.trace()));
    }

    /** The number of markers of each kind on every lane, and of arrows of each kind, in order of the kinds. */
    private static String counts(TimelineModel model) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Lane lane : model.lanes()) {
            for (int i = 0; i < lane.markers().size(); i++) {
                counts.merge(lane.markers().kind(i).name(), 1, Integer::sum);
            }
        }
        for (Arrow arrow : model.arrows()) {
            counts.merge("arrow " + arrow.kind().name(), 1, Integer::sum);
        }
        return counts.toString();
    }

    @Test
    void lostUpdateAtTheOperationGrainDrawsNoneOfThreadingsOwnLocksButKeepsTheWaitsOfStartAndJoin() {
        Grouped g = run("lost-update", Grain.OPERATION);
        assertEquals("{ACQUIRE=14, LOST_UPDATE=169, NOTIFY=4, PRINT=1, RELEASE=8, START=2, WAIT=4, arrow HANDOFF=4, "
                + "arrow START=2, arrow WAKE=4}", counts(TimelineModel.of(g.run())));
        TimelineModel folded = TimelineModel.of(g.run(), g.groups());
        // Every lock of lost-update is threading's own: start()'s Event, the waiters, the join locks. What stays:
        // the starts, the waits in start() and join() (read as those calls) and the joins woken by the threads' ends.
        assertEquals("{LOST_UPDATE=169, PRINT=1, START=2, WAIT=4, arrow START=2, arrow WAKE=2}", counts(folded));
        Lane main = folded.lanes().get(folded.threadLane(1));
        List<String> waits = TimelineLayoutTest.describe(folded, main.markers()).stream()
                .filter(m -> m.startsWith("WAIT")).toList();
        assertEquals(List.of("WAIT 494 calls Thread.start(): MainThread starts Thread-1 (add)",
                "WAIT 938 calls Thread.start(): MainThread starts Thread-2 (add)",
                "WAIT 1329 calls Thread.join(): MainThread waits for the end of Thread-1 (add)",
                "WAIT 3778 calls Thread.join(): MainThread waits for the end of Thread-2 (add)"), waits);
        assertEquals("calls Thread.start(): MainThread starts Thread-1 (add)",
                ENGLISH.render(folded.operationAt(main.index(), 400).narration()));
        assertEquals(Grain.OPERATION, folded.grain());
    }

    @Test
    void conditionProducersKeepsTheProgramsConditionAndQueueAndTheWakesOfItsNotifies() {
        Grouped g = run("condition-producers", Grain.OPERATION);
        assertEquals("{ACQUIRE=573, NOTIFY=71, PRINT=138, RELEASE=435, START=6, WAIT=71, arrow START=6, "
                + "arrow WAKE=71}", counts(TimelineModel.of(g.run())));
        TimelineModel folded = TimelineModel.of(g.run(), g.groups());
        // The condition's and the queue's locks are the program's; the six start() wakes come from the threads'
        // start-up code and fold, the five joins and the sixty wakes by notify() stay.
        assertEquals("{ACQUIRE=412, PRINT=138, RELEASE=412, START=6, WAIT=71, arrow START=6, arrow WAKE=65}",
                counts(folded));
        java.util.Set<String> taken = new java.util.TreeSet<>();
        for (Lane lane : folded.lanes()) {
            for (int i = 0; i < lane.markers().size(); i++) {
                MarkerKind kind = lane.markers().kind(i);
                if (kind == MarkerKind.ACQUIRE || kind == MarkerKind.RELEASE) {
                    taken.add(folded.label(lane.markers().label(i)));
                }
            }
        }
        assertEquals(java.util.Set.of("condition", "queue"), taken);
    }

    @Test
    void foldingChangesNoThreadsStateAtAnyStep() {
        for (String id : List.of("lost-update", "condition-producers")) {
            Grouped g = run(id, Grain.OPERATION);
            TimelineModel all = TimelineModel.of(g.run());
            TimelineModel folded = TimelineModel.of(g.run(), g.groups());
            assertEquals(all.lanes().size(), folded.lanes().size());
            for (Lane lane : all.lanes()) {
                BarList other = folded.lanes().get(lane.index()).bars();
                for (long step = lane.birthStep(); step < all.totalSteps(); step++) {
                    assertEquals(lane.bars().stateAt(step), other.stateAt(step), id + " lane " + lane.name() + " step "
                            + step);
                }
            }
        }
    }

    @Test
    void theLanesTickWhereEachOperationOrLineStepEndsAndNotAtTheMicroOpGrain() {
        for (Grain grain : List.of(Grain.OPERATION, Grain.LINE)) {
            Grouped g = run("lost-update", grain);
            TimelineModel folded = TimelineModel.of(g.run(), g.groups());
            assertEquals(grain, folded.grain());
            for (Lane lane : folded.lanes()) {
                long groups = g.groups().all().stream().filter(o -> o.thread() == lane.threadId()).count();
                assertEquals(groups, folded.operations().lastSteps(lane.threadId()).length, lane.name());
                assertTrue(groups > 0);
            }
        }
        Grouped g = run("lost-update", Grain.MICRO_OP);
        TimelineModel micro = TimelineModel.of(g.run(), g.groups());
        assertNull(micro.operations());
        assertEquals(Grain.MICRO_OP, micro.grain());
        assertNull(micro.operationAt(0, 10));
        assertEquals(counts(TimelineModel.of(g.run())), counts(micro));
    }

    @Test
    void aPointOfALaneTellsItsThreadsOperationInEitherLanguage() {
        Grouped g = run("lost-update", Grain.OPERATION);
        TimelineModel folded = TimelineModel.of(g.run(), g.groups());
        int main = folded.threadLane(1);
        assertEquals("MainThread, line 13: calls Thread.start(): MainThread starts Thread-1 (add)",
                new TimelineTexts(java.util.Locale.ENGLISH).operationAt(folded, main, 400));
        assertEquals("MainThread，第 13 行：调用 Thread.start()：MainThread 启动 Thread-1 (add)",
                new TimelineTexts(java.util.Locale.SIMPLIFIED_CHINESE).operationAt(folded, main, 400));
        // Waiting in join(), the thread is still in that operation.
        assertEquals("MainThread, line 15: calls Thread.join(): MainThread waits for the end of Thread-1 (add)",
                new TimelineTexts(java.util.Locale.ENGLISH).operationAt(folded, main, 2000));
        assertNull(new TimelineTexts(java.util.Locale.ENGLISH).operationAt(TimelineModel.of(g.run()), main, 400));
    }

    @Test
    void theLineGrainFoldsAsTheOperationGrainDoes() {
        Grouped g = run("condition-producers", Grain.LINE);
        assertEquals("{ACQUIRE=412, PRINT=138, RELEASE=412, START=6, WAIT=71, arrow START=6, arrow WAKE=65}",
                counts(TimelineModel.of(g.run(), g.groups())));
    }
}
