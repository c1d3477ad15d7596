package lockstep.cli;

import static lockstep.cli.CliTest.assertNoStackTrace;
import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lockstep.cli.CliTest.Invocation;
import lockstep.timeline.tracefile.proto.Trace;
import lockstep.timeline.tracefile.proto.TracePacket;
import lockstep.timeline.tracefile.proto.TrackEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep export --format perfetto|chrome-json}: trace files of real runs, and their usage errors. */
class TraceExportEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void perfettoWritesATraceOfTheRunThatDecodes() throws Exception {
        Path out = dir.resolve("run.pftrace");
        Invocation run = lockstep("export", "fork-deadlock", "--format", "perfetto", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith(out + ": 8 tracks, "), run.out());
        Trace trace = Trace.parseFrom(Files.readAllBytes(out));
        List<String> threads = new ArrayList<>();
        List<String> processes = new ArrayList<>();
        for (TracePacket p : trace.getPacketList()) {
            if (p.hasTrackDescriptor() && p.getTrackDescriptor().hasThread()) {
                threads.add(p.getTrackDescriptor().getThread().getPid() + " "
                        + p.getTrackDescriptor().getThread().getThreadName());
            } else if (p.hasTrackDescriptor() && p.getTrackDescriptor().hasProcess()) {
                processes.add(p.getTrackDescriptor().getProcess().getProcessName());
            }
        }
        assertEquals(List.of("1000 MainThread", "1000 X", "1001 MainThread"), threads);
        assertEquals(List.of("process 1000", "process 1001 (forked by 1000)"), processes);
        assertTrue(trace.getPacketList().stream().anyMatch(p -> p.hasTrackEvent()
                && p.getTrackEvent().getType() == TrackEvent.Type.TYPE_INSTANT
                && p.getTrackEvent().getName().equals("fork 1001")
                && p.getTrackEvent().getFlowIdsCount() == 1), "the fork starts a flow");

        Path again = dir.resolve("again.pftrace");
        assertEquals(0, lockstep("export", "fork-deadlock", "--format", "perfetto", "--out", again.toString())
                .exitCode());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), "the same run gives the same file");
    }

    @Test
    void chromeJsonWritesTheTraceEventFormat() throws Exception {
        Path out = dir.resolve("run.json");
        Invocation run = lockstep("export", "work-tasks", "--format", "chrome-json", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertEquals(1, json.path("otherData").path("formatVersion").asInt());
        List<String> threadNames = new ArrayList<>();
        int counters = 0;
        for (JsonNode e : json.get("traceEvents")) {
            if (e.get("name").asText().equals("thread_name")) {
                threadNames.add(e.get("args").get("name").asText());
            }
            counters += e.get("ph").asText().equals("C") ? 1 : 0;
        }
        assertEquals("MainThread", threadNames.get(0));
        assertTrue(threadNames.contains("MainThread / operations"), threadNames.toString());
        assertTrue(threadNames.contains("MainThread / Task-1"), threadNames.toString());
        assertTrue(counters > 0, "the ready queue is a counter");
    }

    @Test
    void theGrainChoosesTheSlicesOfTheOperationsTrack() throws Exception {
        Path operations = dir.resolve("ops.json");
        Path lines = dir.resolve("lines.json");
        assertEquals(0, lockstep("export", "lost-update", "--format", "chrome-json", "--out", operations.toString())
                .exitCode());
        assertEquals(0, lockstep("export", "lost-update", "--format", "chrome-json", "--out", lines.toString(),
                "--grain", "line").exitCode());
        assertTrue(Files.readString(operations).contains("\"Thread-1 (add) / operations\""));
        assertTrue(Files.readString(lines).contains("\"Thread-1 (add) / lines\""));
    }

    @Test
    void pictureOptionsAndUnknownFormatsAreUsageErrors() {
        String out = dir.resolve("x.pftrace").toString();
        String[][] cases = {
            {"export", "hello", "--format", "protobuf", "--out", out},
            {"export", "hello", "--format", "perfetto", "--out", out, "--from", "10"},
            {"export", "hello", "--format", "chrome-json", "--out", out, "--playhead", "3"},
            {"export", "hello", "--format", "perfetto", "--out", out, "--title", "T"},
        };
        ExportEndToEndTest.assertUsageErrorsWriteNothing(out, cases);
        assertTrue(lockstep("export", "hello", "--format", "gif", "--out", out).err()
                .contains("png, svg, perfetto or chrome-json"));
    }

    @Test
    void anUnwritableFileExitsWithOne() {
        Invocation run = lockstep("export", "hello", "--format", "perfetto", "--out",
                dir.resolve("no/such/dir/run.pftrace").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("lockstep: cannot write "), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void helpListsTheTraceFormats() {
        Invocation help = lockstep("export", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("png|svg|perfetto|chrome-json"), help.out());
        assertTrue(help.out().contains("a Perfetto trace"), help.out());
    }
}
