package lockstep.app.panels;

import java.util.ArrayList;
import java.util.List;
import lockstep.app.simulation.RunSession;
import lockstep.sim.trace.TraceEvent;

/**
 * What a console shows of a run by a position: the program's output and, in the order they happened, what it wrote
 * to stderr (log messages, {@code print(file=sys.stderr)}) and the tracebacks CPython writes there for exceptions that
 * end threads. Read from the trace's typed events.
 */
public final class ConsoleText {
    private ConsoleText() {}

    /** A stretch of the console written to one stream. */
    public record Chunk(String text, boolean stderr) {}

    /** The chunks by {@code position}, stdout and stderr interleaved in step order; adjacent ones of a stream merge. */
    public static List<Chunk> at(RunSession run, long position) {
        List<Chunk> chunks = new ArrayList<>();
        if (run == null) {
            return chunks;
        }
        boolean errors = run.events().stream().anyMatch(ConsoleText::writesStderr);
        if (!errors) {
            // Without tracebacks the output is exactly what the run printed, as it was before they were shown.
            add(chunks, run.outputAt(position), false);
            return chunks;
        }
        for (TraceEvent event : run.events()) {
            if (event.step() > position) {
                break;
            }
            if (event instanceof TraceEvent.Printed printed) {
                add(chunks, printed.text() + "\n", printed.stderr());
            } else if (event instanceof TraceEvent.ErrorRaised error) {
                add(chunks, error.stderr(), true);
            }
        }
        return chunks;
    }

    private static boolean writesStderr(TraceEvent event) {
        return event instanceof TraceEvent.ErrorRaised error && !error.stderr().isEmpty()
                || event instanceof TraceEvent.Printed printed && printed.stderr();
    }

    private static void add(List<Chunk> chunks, String text, boolean stderr) {
        if (text.isEmpty()) {
            return;
        }
        int last = chunks.size() - 1;
        if (last >= 0 && chunks.get(last).stderr() == stderr) {
            chunks.set(last, new Chunk(chunks.get(last).text() + text, stderr));
        } else {
            chunks.add(new Chunk(text, stderr));
        }
    }
}
