package lockstep.app.simulation;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import lockstep.sim.machine.Schedule;
import lockstep.sim.trace.Segment;
import lockstep.sim.trace.TraceEvent;

/**
 * Finds the runnable threads by trying each: the schedule so far plus one step of thread {@code id} replays
 * unless that thread cannot run there, which the replay reports. Thread ids are handed out from 1 in order of
 * creation, so trying ids up to the number of threads created so far finds them all. Costs one replay per
 * thread; fine for lesson-sized programs.
 */
public final class ProbingManualScheduling implements ManualScheduling {
    @Override
    public List<Choice> runnable(Program program, RunOptions options, Schedule chosen) {
        RunResult base = Simulator.run(program, options.withStepListener(null).withSchedule(chosen));
        if (!endedForLackOfChoices(base)) {
            return List.of();
        }
        int created = 1;
        for (TraceEvent event : base.trace().events()) {
            if (event.kind() == TraceEvent.Kind.THREAD_START || event.kind() == TraceEvent.Kind.FORK) {
                created++;
            }
        }
        List<Choice> choices = new ArrayList<>();
        for (int id = 1; id <= created; id++) {
            Schedule probe = copy(chosen);
            probe.add(id, 1);
            RunResult run = Simulator.run(program, options.withStepListener(null).withSchedule(probe));
            if (run.status() == RunStatus.ERROR && run.error() != null && run.error().contains("cannot run")) {
                continue;
            }
            List<Segment> segments = run.trace().segments();
            if (segments.isEmpty() || run.steps() <= base.steps()) {
                continue;
            }
            Segment last = segmentOfStep(segments, base.steps());
            if (last != null) {
                choices.add(new Choice(id, last.threadName(), last.pid()));
            }
        }
        return choices;
    }

    /** Whether a replay stopped because its schedule ran out while the program could go on. */
    public static boolean endedForLackOfChoices(RunResult run) {
        return run.status() == RunStatus.ERROR && run.error() != null && run.error().contains("schedule ends");
    }

    static Schedule copy(Schedule schedule) {
        Schedule out = new Schedule();
        for (Schedule.Slice slice : schedule.slices()) {
            out.add(slice.threadId(), slice.steps());
        }
        return out;
    }

    private static Segment segmentOfStep(List<Segment> segments, long step) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment s = segments.get(i);
            if (s.firstStep() <= step && step < s.firstStep() + s.stepCount()) {
                return s;
            }
        }
        return null;
    }
}
