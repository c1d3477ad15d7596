package lockstep.timeline.tracefile;

import java.io.IOException;
import java.nio.file.Path;
import lockstep.sim.files.AtomicFiles;

/** The trace-file formats, by the names the command line and the app use for them. */
public enum TraceFormat {
    /** Perfetto's protobuf TrackEvent format, for ui.perfetto.dev (and its offline viewer). */
    PERFETTO("perfetto", "pftrace"),
    /** The Chrome Trace Event Format (JSON), for chrome://tracing and Perfetto. */
    CHROME_JSON("chrome-json", "json");

    private final String id;
    private final String extension;

    TraceFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    /** Its name on the command line: {@code perfetto}, {@code chrome-json}. */
    public String id() {
        return id;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named {@code name} (any case), or null. */
    public static TraceFormat byName(String name) {
        for (TraceFormat format : values()) {
            if (format.id.equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }

    /** The plan's bytes in this format. */
    public byte[] encode(TracePlan plan) {
        return this == PERFETTO ? PerfettoWriter.write(plan) : ChromeJsonWriter.write(plan);
    }

    /** Writes the plan to {@code target} atomically: a reader sees the old file or the new one. */
    public void write(TracePlan plan, Path target) throws IOException {
        AtomicFiles.bytes(target, encode(plan));
    }
}
