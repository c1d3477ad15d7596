package lockstep.timeline.tracefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lockstep.timeline.tracefile.proto.Trace;
import lockstep.timeline.tracefile.proto.TracePacket;
import lockstep.timeline.tracefile.proto.TrackEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Chrome JSON file parses, names its processes and threads, and holds the events of the Perfetto file. */
class ChromeJsonTraceTest {
    @ParameterizedTest
    @ValueSource(strings = {"lost-update", "fork-deadlock", "work-tasks"})
    void theJsonHasTheSameEventsAsThePerfettoFile(String id) throws Exception {
        TracePlan plan = ScenarioTraces.of(id).plan();
        JsonNode json = new ObjectMapper().readTree(ChromeJsonWriter.write(plan));
        assertEquals(1, json.path("otherData").path("formatVersion").asInt());
        Map<String, Integer> jsonKinds = new TreeMap<>();
        Set<Long> starts = new HashSet<>();
        Set<Long> ends = new HashSet<>();
        Set<String> namedThreads = new HashSet<>();
        for (JsonNode e : json.get("traceEvents")) {
            String phase = e.get("ph").asText();
            jsonKinds.merge(phase, 1, Integer::sum);
            if (!phase.equals("M")) {
                assertTrue(e.get("ts").asDouble() >= 0, e.toString());
            }
            switch (phase) {
                case "X" -> assertTrue(e.get("dur").asDouble() >= 0, e.toString());
                case "s" -> assertTrue(starts.add(e.get("id").asLong()), "flow starts once: " + e);
                case "f" -> assertTrue(ends.add(e.get("id").asLong()), "flow ends once: " + e);
                case "M" -> {
                    if (e.get("name").asText().equals("thread_name")) {
                        namedThreads.add(e.get("pid").asInt() + "/" + e.get("tid").asInt());
                    }
                }
                default -> { }
            }
            if (phase.equals("X") || phase.equals("i")) {
                assertTrue(namedThreads.contains(e.get("pid").asInt() + "/" + e.get("tid").asInt()),
                        "events on named threads: " + e);
            }
        }
        assertEquals(starts, ends, "every flow starts and ends");

        Map<String, Integer> protoKinds = new TreeMap<>();
        for (TracePacket p : Trace.parseFrom(PerfettoWriter.write(plan)).getPacketList()) {
            if (p.hasTrackEvent()) {
                TrackEvent e = p.getTrackEvent();
                String kind = switch (e.getType()) {
                    case TYPE_SLICE_BEGIN -> "X";
                    case TYPE_INSTANT -> "i";
                    case TYPE_COUNTER -> "C";
                    default -> null;
                };
                if (kind != null) {
                    protoKinds.merge(kind, 1, Integer::sum);
                }
                if (!e.getFlowIdsList().isEmpty()) {
                    protoKinds.merge("s", e.getFlowIdsCount(), Integer::sum);
                }
                if (!e.getTerminatingFlowIdsList().isEmpty()) {
                    protoKinds.merge("f", e.getTerminatingFlowIdsCount(), Integer::sum);
                }
            }
        }
        for (String kind : List.of("X", "i", "C", "s", "f")) {
            assertEquals(protoKinds.getOrDefault(kind, 0), jsonKinds.getOrDefault(kind, 0), "events of kind " + kind);
        }
        long namedTracks = plan.tracks().stream().filter(t -> !t.counter()
                && t.kind() != TraceTrack.Kind.PROCESS).count();
        assertEquals(namedTracks, namedThreads.size(), "a thread in the JSON per thread, operations or task track");
    }
}
