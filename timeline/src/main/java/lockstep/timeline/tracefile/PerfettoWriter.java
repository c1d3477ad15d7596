package lockstep.timeline.tracefile;

import java.util.List;
import lockstep.timeline.tracefile.proto.CounterDescriptor;
import lockstep.timeline.tracefile.proto.DebugAnnotation;
import lockstep.timeline.tracefile.proto.ProcessDescriptor;
import lockstep.timeline.tracefile.proto.ThreadDescriptor;
import lockstep.timeline.tracefile.proto.Trace;
import lockstep.timeline.tracefile.proto.TracePacket;
import lockstep.timeline.tracefile.proto.TrackDescriptor;
import lockstep.timeline.tracefile.proto.TrackEvent;

/**
 * A plan in Perfetto's protobuf trace format: a {@code Trace} of {@code TracePacket}s on one packet sequence. The
 * first packet clears the sequence's incremental state and the others say they need it (the file interns nothing, so
 * a viewer that read the first packet reads them all); then the root track's descriptor asks for the processes and
 * threads in the order of their ranks, every track's descriptor follows (a process's with its pid, a thread's with
 * pid and tid, the nested ones with their parent and rank, counters with a counter descriptor), and the track events
 * in {@link TracePoints} order: slices as BEGIN and END, instants with their debug annotations and flow ids, counter
 * values.
 */
public final class PerfettoWriter {
    /** The one packet sequence of the file (zero is not a valid id). */
    static final int SEQUENCE_ID = 1;

    private PerfettoWriter() {}

    /** The plan as the bytes of a {@code .pftrace} file. */
    public static byte[] write(TracePlan plan) {
        Trace.Builder trace = Trace.newBuilder();
        trace.addPacket(packet(TracePacket.SequenceFlags.SEQ_INCREMENTAL_STATE_CLEARED)
                .setTrackDescriptor(TrackDescriptor.newBuilder()
                        .setUuid(0)
                        .setProcessOrdering(TrackDescriptor.ProcessOrdering.PROCESS_ORDERING_EXPLICIT)
                        .setThreadOrdering(TrackDescriptor.ThreadOrdering.THREAD_ORDERING_EXPLICIT)));
        for (TraceTrack track : plan.tracks()) {
            trace.addPacket(packet(TracePacket.SequenceFlags.SEQ_NEEDS_INCREMENTAL_STATE)
                    .setTimestamp(0)
                    .setTrackDescriptor(descriptor(track)));
        }
        for (TracePoints.Point point : plan.points()) {
            trace.addPacket(packet(TracePacket.SequenceFlags.SEQ_NEEDS_INCREMENTAL_STATE)
                    .setTimestamp(point.nanos())
                    .setTrackEvent(event(point)));
        }
        return trace.build().toByteArray();
    }

    private static TracePacket.Builder packet(TracePacket.SequenceFlags flags) {
        return TracePacket.newBuilder().setTrustedPacketSequenceId(SEQUENCE_ID).setSequenceFlags(flags.getNumber());
    }

    private static TrackDescriptor.Builder descriptor(TraceTrack track) {
        TrackDescriptor.Builder d = TrackDescriptor.newBuilder().setUuid(track.uuid());
        switch (track.kind()) {
            case PROCESS -> d.setProcess(ProcessDescriptor.newBuilder().setPid(track.pid())
                    .setProcessName(track.name()))
                    .setChildOrdering(TrackDescriptor.ChildTracksOrdering.EXPLICIT);
            case THREAD -> d.setThread(ThreadDescriptor.newBuilder().setPid(track.pid()).setTid(track.tid())
                    .setThreadName(track.name()))
                    .setChildOrdering(TrackDescriptor.ChildTracksOrdering.EXPLICIT);
            case COUNTER -> d.setName(track.name()).setParentUuid(track.parent())
                    .setCounter(CounterDescriptor.newBuilder().setUnitName(track.unit()));
            default -> d.setName(track.name()).setParentUuid(track.parent());
        }
        return d.setSiblingOrderRank(track.rank());
    }

    private static TrackEvent.Builder event(TracePoints.Point point) {
        TrackEvent.Builder e = TrackEvent.newBuilder().setTrackUuid(point.item().track());
        switch (point.phase()) {
            case END -> e.setType(TrackEvent.Type.TYPE_SLICE_END);
            case BEGIN -> {
                TraceItem.Slice slice = (TraceItem.Slice) point.item();
                e.setType(TrackEvent.Type.TYPE_SLICE_BEGIN).setName(slice.name()).addCategories(slice.category());
                addArgs(e, slice.args());
            }
            case COUNTER -> e.setType(TrackEvent.Type.TYPE_COUNTER)
                    .setCounterValue(((TraceItem.CounterValue) point.item()).value());
            default -> {
                TraceItem.Instant instant = (TraceItem.Instant) point.item();
                e.setType(TrackEvent.Type.TYPE_INSTANT).setName(instant.name()).addCategories(instant.category());
                addArgs(e, instant.args());
                e.addAllFlowIds(instant.flowsOut()).addAllTerminatingFlowIds(instant.flowsIn());
            }
        }
        return e;
    }

    private static void addArgs(TrackEvent.Builder e, List<TraceItem.Arg> args) {
        for (TraceItem.Arg arg : args) {
            DebugAnnotation.Builder a = DebugAnnotation.newBuilder().setName(arg.name());
            if (arg.value() instanceof Long n) {
                a.setIntValue(n);
            } else if (arg.value() instanceof Boolean b) {
                a.setBoolValue(b);
            } else {
                a.setStringValue((String) arg.value());
            }
            e.addDebugAnnotations(a);
        }
    }
}
