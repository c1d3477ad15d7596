/**
 * The explorer: every schedule of a program at the operation grain, searched systematically, its outcomes counted.
 *
 * <p>An outcome is what a run ends with — its output, its final globals, its status (completed, deadlock with its
 * cycle, error with its exception, step limit). Two interleavings that differ only by swapping neighbouring
 * independent operations (different threads, not both touching one variable or synchronization object with one of
 * them changing it) are one Mazurkiewicz trace; the explorer counts traces, exactly, with big integers.
 * {@link Explorer} is the front door: {@link ExploreOptions} say how to search and for how long, the
 * {@link ExploreResult} lists the {@link Outcome}s with their counts and an example schedule each, which replays
 * with the replay policy.
 */
package lockstep.sim.explore;
