package lockstep.timeline.tracefile;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan in the Chrome Trace Event Format (JSON, {@code traceEvents}), which {@code chrome://tracing} and Perfetto
 * both open: metadata events ({@code M}) name each process and thread and give their sort index (the program's
 * order), slices are complete events ({@code X}, with their duration: no begin and end to pair up), instants are
 * {@code i} events scoped to their thread, a flow is an {@code s} event at its source and an {@code f} event at its
 * target (bound to the slice that encloses it), counters are {@code C} events. The format has no nested tracks, so an
 * operations or task track is a thread of its own named after its thread, with an id past every thread id. Times
 * are microseconds with three decimals: the virtual nanoseconds exactly. {@code otherData.formatVersion} is 1.
 */
public final class ChromeJsonWriter {
    /** The first id given to a track that is not a thread (its operations, a task), past any thread id. */
    private static final int FIRST_EXTRA_TID = 1_000_000;
    private static final JsonFactory JSON = new JsonFactory();

    private final TracePlan plan;
    private final JsonGenerator out;
    private final Map<Long, TraceTrack> tracks = new HashMap<>();
    /** The JSON tid of each track that is not a counter. */
    private final Map<Long, Integer> tids = new HashMap<>();

    private ChromeJsonWriter(TracePlan plan, JsonGenerator out) {
        this.plan = plan;
        this.out = out;
        int extra = FIRST_EXTRA_TID;
        for (TraceTrack track : plan.tracks()) {
            tracks.put(track.uuid(), track);
            if (track.kind() == TraceTrack.Kind.THREAD) {
                tids.put(track.uuid(), track.tid());
            } else if (track.kind() == TraceTrack.Kind.OPERATIONS || track.kind() == TraceTrack.Kind.TASK) {
                tids.put(track.uuid(), extra++);
            }
        }
    }

    /** The plan as the bytes of a JSON file (UTF-8). */
    public static byte[] write(TracePlan plan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            new ChromeJsonWriter(plan, out).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void document() throws IOException {
        out.writeStartObject();
        out.writeArrayFieldStart("traceEvents");
        for (int i = 0; i < plan.tracks().size(); i++) {
            metadata(plan.tracks().get(i), i);
        }
        for (TracePoints.Point point : plan.points()) {
            switch (point.phase()) {
                case BEGIN -> slice((TraceItem.Slice) point.item());
                case COUNTER -> counter((TraceItem.CounterValue) point.item());
                case INSTANT, ARRIVAL -> instant((TraceItem.Instant) point.item());
                case END -> { }
            }
        }
        out.writeEndArray();
        out.writeStringField("displayTimeUnit", "ns");
        out.writeObjectFieldStart("otherData");
        out.writeNumberField("formatVersion", 1);
        out.writeEndObject();
        out.writeEndObject();
    }

    /** A process's or a thread's name and sort index; counters are named by their events. */
    private void metadata(TraceTrack track, int order) throws IOException {
        if (track.kind() == TraceTrack.Kind.PROCESS) {
            meta("process_name", track.pid(), null, "name", track.name());
            meta("process_sort_index", track.pid(), null, "sort_index", track.rank());
        } else if (tids.containsKey(track.uuid())) {
            String name = track.kind() == TraceTrack.Kind.THREAD ? track.name()
                    : tracks.get(track.parent()).name() + " / " + track.name();
            meta("thread_name", track.pid(), tids.get(track.uuid()), "name", name);
            meta("thread_sort_index", track.pid(), tids.get(track.uuid()), "sort_index", order);
        }
    }

    private void meta(String name, int pid, Integer tid, String key, Object value) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", name);
        out.writeStringField("ph", "M");
        out.writeNumberField("pid", pid);
        if (tid != null) {
            out.writeNumberField("tid", tid);
        }
        out.writeObjectFieldStart("args");
        if (value instanceof String text) {
            out.writeStringField(key, text);
        } else {
            out.writeNumberField(key, (Integer) value);
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    private void slice(TraceItem.Slice slice) throws IOException {
        head(slice.name(), slice.category(), "X", slice.nanos(), slice.track());
        out.writeFieldName("dur");
        out.writeNumber(micros(slice.endNanos() - slice.nanos()));
        args(slice.args());
        out.writeEndObject();
    }

    private void instant(TraceItem.Instant instant) throws IOException {
        head(instant.name(), instant.category(), "i", instant.nanos(), instant.track());
        out.writeStringField("s", "t");
        args(instant.args());
        out.writeEndObject();
        for (long flow : instant.flowsIn()) {
            flow("f", flow, instant);
        }
        for (long flow : instant.flowsOut()) {
            flow("s", flow, instant);
        }
    }

    /** A flow's end ({@code f}, bound to the enclosing slice) or start ({@code s}) where an instant is. */
    private void flow(String phase, long id, TraceItem.Instant at) throws IOException {
        head("flow", "flow", phase, at.nanos(), at.track());
        out.writeNumberField("id", id);
        if (phase.equals("f")) {
            out.writeStringField("bp", "e");
        }
        out.writeEndObject();
    }

    private void counter(TraceItem.CounterValue value) throws IOException {
        TraceTrack track = tracks.get(value.track());
        String name = track.tid() >= 0 ? track.name() + " of " + tracks.get(track.parent()).name() : track.name();
        out.writeStartObject();
        out.writeStringField("name", name);
        out.writeStringField("ph", "C");
        out.writeFieldName("ts");
        out.writeNumber(micros(value.nanos()));
        out.writeNumberField("pid", track.pid());
        out.writeObjectFieldStart("args");
        out.writeNumberField("value", value.value());
        out.writeEndObject();
        out.writeEndObject();
    }

    /** Opens an event on a track's thread: its name, category, phase, time, pid and tid. */
    private void head(String name, String category, String phase, long nanos, long trackUuid) throws IOException {
        TraceTrack track = tracks.get(trackUuid);
        out.writeStartObject();
        out.writeStringField("name", name);
        out.writeStringField("cat", category);
        out.writeStringField("ph", phase);
        out.writeFieldName("ts");
        out.writeNumber(micros(nanos));
        out.writeNumberField("pid", track.pid());
        out.writeNumberField("tid", tids.get(trackUuid));
    }

    private void args(List<TraceItem.Arg> args) throws IOException {
        out.writeObjectFieldStart("args");
        for (TraceItem.Arg arg : args) {
            if (arg.value() instanceof Long n) {
                out.writeNumberField(arg.name(), n);
            } else if (arg.value() instanceof Boolean b) {
                out.writeBooleanField(arg.name(), b);
            } else {
                out.writeStringField(arg.name(), (String) arg.value());
            }
        }
        out.writeEndObject();
    }

    /** Nanoseconds as microseconds, exactly: {@code 1500} is {@code 1.500}. */
    private static BigDecimal micros(long nanos) {
        return BigDecimal.valueOf(nanos, 3);
    }
}
