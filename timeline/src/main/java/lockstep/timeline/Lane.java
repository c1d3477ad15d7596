package lockstep.timeline;

/**
 * One row of the timeline: a thread, an asyncio task inside its thread, a core, or a process's GIL.
 *
 * @param index      its position, top to bottom
 * @param kind       what it shows
 * @param pid        the process (-1 for a core)
 * @param threadId   the thread's id in the trace (for a task, its thread's), -1 for a core or a GIL; threads may
 *                   share a name, never an id
 * @param thread     the thread's name (for a task, the thread it runs in; null for a core or a GIL)
 * @param task       the task's name, for a task lane
 * @param core       the core's number, for a core lane
 * @param colorIndex the thread's colour in the theme's palette (its order of birth), -1 for other lanes
 * @param parentLane for a task, its thread's lane; -1 otherwise
 * @param birthStep  the step at which it appears
 * @param finalState the state after the last step (where a deadlock leaves a thread forever), or null for a core
 *                   or GIL lane
 * @param finalLabel the label of that state, as a bar's label
 */
public record Lane(int index, LaneKind kind, int pid, int threadId, String thread, String task, int core,
                   int colorIndex, int parentLane, long birthStep, BarList bars, MarkerList markers,
                   BarState finalState, int finalLabel) {
    /** The name shown for a thread or a task lane. */
    public String name() {
        return kind == LaneKind.TASK ? task : thread;
    }
}
