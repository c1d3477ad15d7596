/**
 * The trace of a run: the compact, append-only record ({@link lockstep.sim.trace.Trace}) of segments, typed events
 * (one record per kind under the sealed {@link lockstep.sim.trace.TraceEvent}) and the tables they refer to (threads
 * by id, synchronization objects by key); the detailed {@link lockstep.sim.trace.Step}s recomputed on demand through a
 * {@link lockstep.sim.trace.StepListener}; the one {@link lockstep.sim.trace.EventNarrator} that turns events into
 * narration keys, rendered in English and Chinese; the coarser grains of stepping ({@link lockstep.sim.trace.Grain}:
 * operations and lines, grouped from the steps by {@link lockstep.sim.trace.Operations}); and the fixed-column text
 * rendering used by the command line and golden files.
 */
package lockstep.sim.trace;
