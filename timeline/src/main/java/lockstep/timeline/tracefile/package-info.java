/**
 * A run as a trace file for the trace viewers engineers already use: Perfetto's protobuf TrackEvent format
 * ({@code .pftrace}, for ui.perfetto.dev and its offline viewer) and the Chrome Trace Event Format (JSON, for
 * {@code chrome://tracing} and Perfetto alike).
 *
 * <p>One plan, two encodings. {@link lockstep.timeline.tracefile.TracePlan} reads the timeline's model (its lanes'
 * bars and markers, its arrows, its races), the run's operations and the trace's event-loop changes once, into
 * {@link lockstep.timeline.tracefile.TraceTrack}s (a process per simulated process, a thread per thread in the
 * program's order, tasks nested in their thread, counters) and {@link lockstep.timeline.tracefile.TraceItem}s
 * (slices, instants with their arguments and flows, counter values), in virtual nanoseconds; nothing is derived
 * twice. {@link lockstep.timeline.tracefile.PerfettoWriter} encodes a plan with the message classes protoc generates
 * from the vendored, trimmed {@code perfetto_trace.proto} (in {@code lockstep.timeline.tracefile.proto}), and
 * {@link lockstep.timeline.tracefile.ChromeJsonWriter} with Jackson. Output is deterministic: no wall clock, track
 * uuids and flow ids derived from the run's ids, so the same run gives the same bytes.
 */
package lockstep.timeline.tracefile;
