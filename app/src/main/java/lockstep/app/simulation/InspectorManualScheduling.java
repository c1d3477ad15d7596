package lockstep.app.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Schedule;
import lockstep.sim.inspect.ChoicePoint;
import lockstep.sim.inspect.ManualSession;
import lockstep.sim.inspect.ThreadInfo;
import lockstep.sim.inspect.ThreadRef;
import lockstep.sim.trace.Grain;

/**
 * The runnable threads after a chosen schedule, and where presses lead, as the simulator's {@link ManualSession}
 * finds them.
 */
public final class InspectorManualScheduling implements ManualScheduling {
    @Override
    public List<Choice> runnable(Program program, RunOptions options, Schedule chosen) {
        try (ManualSession session = ManualSession.start(program, options, chosen)) {
            ChoicePoint point = session.current();
            if (point.finished()) {
                return List.of();
            }
            List<Choice> choices = new ArrayList<>();
            for (ThreadRef t : point.runnable()) {
                choices.add(new Choice(t.id(), t.name(), t.pid()));
            }
            return choices;
        }
    }

    @Override
    public Situation press(Program program, RunOptions options, Schedule chosen, List<ManualPress> presses,
                           Grain grain) {
        try (ManualSession session = ManualSession.start(program, options, chosen)) {
            ManualRefusal refusal = null;
            boolean ranNothing = !presses.isEmpty();
            for (ManualPress press : presses) {
                ChoicePoint at = session.current();
                ManualRefusal refused = refusal(at, press);
                if (refused == null) {
                    int key = press instanceof ManualPress.Pick pick ? pick.key() : at.runnable().get(0).id();
                    session.runStep(key, grain);
                    ranNothing = false;
                }
                refusal = refused;
            }
            ChoicePoint end = session.current();
            return new Situation(session.schedule(), end.finished() ? List.of() : threads(end), refusal,
                    ranNothing);
        }
    }

    /** Why {@code press} cannot run anything at {@code at}, or null when it can. */
    private static ManualRefusal refusal(ChoicePoint at, ManualPress press) {
        if (at.finished() || at.runnable().isEmpty()) {
            return new ManualRefusal(ManualRefusal.Reason.ENDED, 0, null, List.of());
        }
        if (press instanceof ManualPress.Pick pick) {
            if (at.canRun(pick.key())) {
                return null;
            }
            for (ManualThread t : threads(at)) {
                if (t.key() == pick.key()) {
                    return new ManualRefusal(ManualRefusal.Reason.CANNOT_RUN, pick.key(), t, List.of());
                }
            }
            return new ManualRefusal(ManualRefusal.Reason.NO_SUCH_THREAD, pick.key(), null, List.of());
        }
        if (at.runnable().size() == 1) {
            return null;
        }
        return new ManualRefusal(ManualRefusal.Reason.CHOOSE, 0, null,
                at.runnable().stream().map(ThreadRef::id).sorted().toList());
    }

    /** Every thread of the picture, by key (creation order), with whether it can be chosen. */
    static List<ManualThread> threads(ChoicePoint at) {
        List<ManualThread> all = new ArrayList<>();
        for (ThreadInfo t : at.snapshot().threads()) {
            all.add(new ManualThread(t.id(), t.name(), t.pid(), at.canRun(t.id()), t));
        }
        all.sort(Comparator.comparingInt(ManualThread::key));
        return all;
    }
}
