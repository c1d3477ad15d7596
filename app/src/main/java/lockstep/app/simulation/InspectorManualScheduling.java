package lockstep.app.simulation;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.inspect.ChoicePoint;
import lockstep.sim.inspect.ManualSession;
import lockstep.sim.inspect.ThreadRef;
import lockstep.sim.Schedule;

/** The runnable threads after a chosen schedule, as the simulator's {@link ManualSession} finds them. */
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
}
