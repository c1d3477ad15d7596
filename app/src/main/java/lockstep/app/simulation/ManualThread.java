package lockstep.app.simulation;

import lockstep.sim.inspect.ThreadInfo;

/**
 * A thread of a manual run where it waits for a choice: its key, whether it can be chosen, and the picture of it
 * that says why not (blocked, waiting, sleeping, ended, not started).
 *
 * @param key    the thread's key: its id, which is its place in the order of creation (MainThread 1, the next
 *               thread started 2, ...), so it never changes meaning during the run
 * @param name   its name
 * @param pid    its process
 * @param canRun whether choosing it now runs it
 * @param where  the thread in the simulator's picture at the choice
 */
public record ManualThread(int key, String name, int pid, boolean canRun, ThreadInfo where) {}
