package lockstep.timeline.tracefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceThread;
import lockstep.timeline.ArrowKind;
import lockstep.timeline.tracefile.proto.DebugAnnotation;
import lockstep.timeline.tracefile.proto.Trace;
import lockstep.timeline.tracefile.proto.TracePacket;
import lockstep.timeline.tracefile.proto.TrackDescriptor;
import lockstep.timeline.tracefile.proto.TrackEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Perfetto file decoded with the vendored definitions: its structure (one sequence, every slice closed, every
 * track and flow defined, names, the program's order) and its contents against the run, counted from the run's own
 * operations, trace and timeline rather than from the plan.
 */
class PerfettoTraceTest {
    /** A decoded file: its tracks by uuid, its events in file order with their timestamps. */
    private record Decoded(Map<Long, TrackDescriptor> tracks, List<TrackEvent> events, List<Long> times,
                           List<TracePacket> packets) {
        static Decoded of(byte[] bytes) throws Exception {
            Trace trace = Trace.parseFrom(bytes);
            Map<Long, TrackDescriptor> tracks = new HashMap<>();
            List<TrackEvent> events = new ArrayList<>();
            List<Long> times = new ArrayList<>();
            for (TracePacket p : trace.getPacketList()) {
                if (p.hasTrackDescriptor()) {
                    assertEquals(null, tracks.put(p.getTrackDescriptor().getUuid(), p.getTrackDescriptor()),
                            "a track is described once");
                } else {
                    assertTrue(p.hasTrackEvent(), "a packet is a descriptor or an event");
                    events.add(p.getTrackEvent());
                    times.add(p.getTimestamp());
                }
            }
            return new Decoded(tracks, events, times, trace.getPacketList());
        }

        long count(TrackEvent.Type type, String category) {
            return events.stream().filter(e -> e.getType() == type
                    && (category == null || e.getCategoriesList().contains(category))).count();
        }
    }

    /** The three of the issue, and one of each other kind of run: the GIL, cores, waits, processes, asyncio. */
    @ParameterizedTest
    @ValueSource(strings = {"lost-update", "fork-deadlock", "work-tasks", "gil-cpu-bound-threads",
        "parallelism-three-cores", "condition-producers", "philosophers-deadlock", "barrier", "pool-map-apply",
        "fork-deadlock-fix-forkserver", "mp-queue-pipe", "queue-producers-consumers", "crawl-gather"})
    void theFileIsWellFormed(String id) throws Exception {
        ScenarioTraces run = ScenarioTraces.of(id);
        Decoded file = Decoded.of(PerfettoWriter.write(run.plan()));

        // One packet sequence whose first packet clears the incremental state the others say they need.
        TracePacket first = file.packets().get(0);
        assertEquals(TracePacket.SequenceFlags.SEQ_INCREMENTAL_STATE_CLEARED_VALUE, first.getSequenceFlags());
        assertEquals(0, first.getTrackDescriptor().getUuid());
        assertEquals(TrackDescriptor.ThreadOrdering.THREAD_ORDERING_EXPLICIT,
                first.getTrackDescriptor().getThreadOrdering());
        for (TracePacket p : file.packets()) {
            assertEquals(PerfettoWriter.SEQUENCE_ID, p.getTrustedPacketSequenceId());
            if (p != first) {
                assertEquals(TracePacket.SequenceFlags.SEQ_NEEDS_INCREMENTAL_STATE_VALUE, p.getSequenceFlags());
            }
        }
        // Every track has a name (or a thread's or process's), and its parent is described.
        for (TrackDescriptor d : file.tracks().values()) {
            if (d.getUuid() == 0) {
                continue;
            }
            String name = d.hasThread() ? d.getThread().getThreadName()
                    : d.hasProcess() ? d.getProcess().getProcessName() : d.getName();
            assertFalse(name.isBlank(), "track " + d.getUuid() + " has a name");
            if (d.hasParentUuid()) {
                assertTrue(file.tracks().containsKey(d.getParentUuid()), "parent of " + name + " is described");
            }
        }
        // Times never go back; every event's track is described; slices close in order on each track.
        Map<Long, Integer> open = new TreeMap<>();
        for (int i = 0; i < file.events().size(); i++) {
            TrackEvent e = file.events().get(i);
            assertTrue(i == 0 || file.times().get(i) >= file.times().get(i - 1), "time never goes back");
            assertTrue(file.tracks().containsKey(e.getTrackUuid()), "event on a described track");
            TrackDescriptor track = file.tracks().get(e.getTrackUuid());
            assertEquals(e.getType() == TrackEvent.Type.TYPE_COUNTER, track.hasCounter(),
                    "counter values on counter tracks only");
            int depth = open.getOrDefault(e.getTrackUuid(), 0);
            if (e.getType() == TrackEvent.Type.TYPE_SLICE_BEGIN) {
                assertFalse(e.getName().isBlank());
                assertEquals(0, depth, "a track's slices do not overlap");
                open.put(e.getTrackUuid(), depth + 1);
            } else if (e.getType() == TrackEvent.Type.TYPE_SLICE_END) {
                assertEquals(1, depth, "an end closes an open slice");
                open.put(e.getTrackUuid(), depth - 1);
            }
        }
        open.forEach((track, depth) -> assertEquals(0, depth, "every slice of track " + track + " is closed"));
        // Each flow starts once and ends once, later in the file.
        Map<Long, Integer> starts = new HashMap<>();
        Map<Long, Integer> ends = new HashMap<>();
        for (int i = 0; i < file.events().size(); i++) {
            for (long flow : file.events().get(i).getFlowIdsList()) {
                assertEquals(null, starts.put(flow, i), "flow " + flow + " starts once");
            }
            for (long flow : file.events().get(i).getTerminatingFlowIdsList()) {
                assertEquals(null, ends.put(flow, i), "flow " + flow + " ends once");
            }
        }
        assertEquals(starts.keySet(), ends.keySet(), "every flow has a start and an end");
        starts.forEach((flow, at) -> assertTrue(at < ends.get(flow), "flow " + flow + " starts before it ends"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lost-update", "fork-deadlock", "work-tasks"})
    void theFileHoldsTheRun(String id) throws Exception {
        ScenarioTraces run = ScenarioTraces.of(id);
        Decoded file = Decoded.of(PerfettoWriter.write(run.plan()));

        // A thread track per thread of the run, named as the program named it, ranked in order of birth.
        List<TrackDescriptor> threads = file.tracks().values().stream().filter(TrackDescriptor::hasThread)
                .sorted(java.util.Comparator.comparingInt(TrackDescriptor::getSiblingOrderRank)).toList();
        List<TraceThread> born = new ArrayList<>();
        for (TraceEvent e : run.run().trace().events()) {
            int thread = e instanceof TraceEvent.ThreadStarted s ? s.started()
                    : e instanceof TraceEvent.Forked f ? f.childThread()
                    : e instanceof TraceEvent.Spawned s ? s.childThread() : -1;
            if (thread >= 0 && born.stream().noneMatch(t -> t.id() == thread)) {
                born.add(run.run().trace().thread(thread));
            }
        }
        assertEquals(born.stream().map(TraceThread::id).toList(),
                threads.stream().map(t -> (int) t.getThread().getTid()).toList(), "threads in order of birth");
        for (TrackDescriptor t : threads) {
            TraceThread thread = run.run().trace().thread((int) t.getThread().getTid());
            assertEquals(thread.name(), t.getThread().getThreadName());
            assertEquals(thread.pid(), t.getThread().getPid());
        }
        // A process track per process.
        assertEquals(born.stream().map(TraceThread::pid).distinct().count(),
                file.tracks().values().stream().filter(TrackDescriptor::hasProcess).count());
        // A slice per operation of the run, on operations tracks nested in the threads.
        assertEquals(run.operations().size(), file.count(TrackEvent.Type.TYPE_SLICE_BEGIN, "operation"));
        // A flow per arrow the timeline draws; a start flow per thread started, a fork flow per fork.
        long flows = file.events().stream().mapToLong(TrackEvent::getFlowIdsCount).sum();
        assertEquals(run.model().arrows().size(), flows);
        long started = run.run().trace().events().stream()
                .filter(e -> e instanceof TraceEvent.ThreadStarted s && s.parent() >= 0).count();
        assertEquals(started, run.model().arrows().stream().filter(a -> a.kind() == ArrowKind.START).count());
        assertTrue(flows >= started, "at least a flow per thread started");
        // An instant at each of a race's two accesses.
        assertEquals(2L * run.run().races().size(), file.events().stream()
                .filter(e -> e.getType() == TrackEvent.Type.TYPE_INSTANT && e.getName().startsWith("race on"))
                .count());
        // An instant per lost update, with what was written over what.
        long lost = run.run().trace().events().stream().filter(e -> e instanceof TraceEvent.LostUpdate).count();
        List<TrackEvent> lostInstants = file.events().stream()
                .filter(e -> e.getType() == TrackEvent.Type.TYPE_INSTANT && e.getName().startsWith("lost update"))
                .toList();
        assertEquals(lost, lostInstants.size());
        for (TrackEvent e : lostInstants) {
            assertTrue(e.getDebugAnnotationsList().stream().map(DebugAnnotation::getName).toList()
                    .containsAll(List.of("line", "variable", "value written", "overwritten value")), e.toString());
        }
    }

    @Test
    void lostUpdateShowsItsLostUpdatesAndTheLock() throws Exception {
        Decoded file = Decoded.of(PerfettoWriter.write(ScenarioTraces.of("lost-update").plan()));
        assertTrue(file.count(TrackEvent.Type.TYPE_INSTANT, "problem") > 0, "lost updates are instants");
        assertTrue(file.events().stream().anyMatch(e -> e.getName().equals("running")));
    }

    @Test
    void forkDeadlockHasTwoProcessesAndAForkFlow() throws Exception {
        ScenarioTraces run = ScenarioTraces.of("fork-deadlock");
        Decoded file = Decoded.of(PerfettoWriter.write(run.plan()));
        assertEquals(2, file.tracks().values().stream().filter(TrackDescriptor::hasProcess).count());
        assertEquals(1, run.model().arrows().stream().filter(a -> a.kind() == ArrowKind.FORK).count());
        TrackEvent fork = file.events().stream().filter(e -> e.getName().startsWith("fork")).findFirst()
                .orElseThrow();
        assertEquals(1, fork.getFlowIdsCount(), "the fork starts the flow to the child");
        assertTrue(file.events().stream().anyMatch(e -> e.getName().startsWith("blocked")),
                "the child blocks on the orphaned lock");
        assertTrue(fork.getDebugAnnotationsList().stream().anyMatch(a -> a.getName().equals("child pid")
                && a.getIntValue() == 1001), fork.toString());
    }

    @Test
    void workTasksNestsTasksInTheirThreadAndCountsTheReadyQueue() throws Exception {
        ScenarioTraces run = ScenarioTraces.of("work-tasks");
        Decoded file = Decoded.of(PerfettoWriter.write(run.plan()));
        List<TrackDescriptor> tasks = file.tracks().values().stream()
                .filter(d -> !d.hasThread() && !d.hasCounter() && d.hasParentUuid()
                        && file.tracks().get(d.getParentUuid()).hasThread() && !d.getName().equals("operations"))
                .toList();
        long started = run.run().trace().events().stream().filter(e -> e instanceof TraceEvent.TaskStarted)
                .map(e -> ((TraceEvent.TaskStarted) e).started()).distinct().count();
        assertEquals(started, tasks.size(), "a track per task, nested in its thread");
        TrackDescriptor ready = file.tracks().values().stream()
                .filter(d -> d.hasCounter() && d.getName().startsWith("ready queue")).findFirst().orElseThrow();
        assertTrue(file.tracks().get(ready.getParentUuid()).hasThread());
        long loopChanges = run.run().trace().events().stream().filter(e -> e instanceof TraceEvent.LoopChanged)
                .count();
        assertEquals(loopChanges, file.events().stream()
                .filter(e -> e.getTrackUuid() == ready.getUuid()).count());
        assertTrue(run.model().arrows().stream().anyMatch(a -> a.kind() == ArrowKind.AWAIT)
                || file.events().stream().noneMatch(e -> e.getName().equals("await")));
    }

    @Test
    void theGilHolderIsACounter() throws Exception {
        ScenarioTraces run = ScenarioTraces.of("gil-cpu-bound-threads");
        Decoded file = Decoded.of(PerfettoWriter.write(run.plan()));
        TrackDescriptor gil = file.tracks().values().stream()
                .filter(d -> d.hasCounter() && d.getName().startsWith("GIL")).findFirst().orElseThrow();
        assertTrue(file.tracks().get(gil.getParentUuid()).hasProcess());
        List<Long> holders = file.events().stream().filter(e -> e.getTrackUuid() == gil.getUuid())
                .map(TrackEvent::getCounterValue).distinct().sorted().toList();
        assertNotNull(holders);
        assertTrue(holders.size() >= 3, "nobody and at least two threads hold the GIL: " + holders);
    }

    @Test
    void aReadyQueueIsCountedFromItsText() {
        assertEquals(0, TracePlan.readyCount("[]"));
        assertEquals(1, TracePlan.readyCount("[Task-1]"));
        assertEquals(3, TracePlan.readyCount("[Task-1, Task-2, worker]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lost-update", "fork-deadlock", "work-tasks"})
    void theSameRunGivesTheSameBytes(String id) {
        byte[] once = PerfettoWriter.write(ScenarioTraces.of(id).plan());
        byte[] again = PerfettoWriter.write(ScenarioTraces.of(id).plan());
        assertArrayEquals(once, again);
        assertArrayEquals(ChromeJsonWriter.write(ScenarioTraces.of(id).plan()),
                ChromeJsonWriter.write(ScenarioTraces.of(id).plan()));
    }
}
