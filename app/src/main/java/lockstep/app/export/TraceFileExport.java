package lockstep.app.export;

import java.io.IOException;
import java.nio.file.Path;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operations;
import lockstep.timeline.TimelineModel;
import lockstep.timeline.tracefile.TraceFormat;
import lockstep.timeline.tracefile.TracePlan;

/**
 * File → Export Perfetto trace (or Chrome JSON trace): the run shown as a trace file, as {@code lockstep export
 * --format perfetto} writes it, at the playback's grain. The operations come from the run's groups, which the window
 * computes after each run (File → Export waits for them; given none, the file has every event and no operation
 * slices).
 */
public final class TraceFileExport {
    private TraceFileExport() {}

    /**
     * Writes {@code run} to {@code target} atomically in {@code format}, laid out at {@code grain} with the groups
     * of {@code grains} (null, or another run's, while the shown run's are computed).
     */
    public static void write(RunSession run, RunGrains grains, Grain grain, TraceFormat format, Path target)
            throws IOException {
        boolean known = grains != null && grains.session() == run;
        Operations operations = known ? grains.at(grain == Grain.MICRO_OP ? Grain.OPERATION : grain) : null;
        TimelineModel model = known ? grains.timeline(grain) : run.timeline();
        format.write(TracePlan.of(run.result(), model, operations), target);
    }
}
