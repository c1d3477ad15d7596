/**
 * The trace of a run: the compact, append-only record ({@link lockstep.sim.trace.Trace}) of segments and events,
 * the detailed {@link lockstep.sim.trace.Step}s recomputed on demand through a
 * {@link lockstep.sim.trace.StepListener}, narration keys and their rendering in English and Chinese, and the
 * fixed-column text rendering used by the command line and golden files.
 */
package lockstep.sim.trace;
