package lockstep.timeline;

/**
 * Consecutive lanes under one heading: the cores, or one process with its GIL, threads and tasks.
 *
 * @param pid       the process, or -1 for the cores
 * @param parentPid the process that forked or spawned it, or -1
 * @param origin    how the process began
 */
public record LaneGroup(Kind kind, int pid, int parentPid, Origin origin, int firstLane, int laneCount) {
    /** What a group holds. */
    public enum Kind { CORES, PROCESS }

    /** How a process began. */
    public enum Origin { MAIN, FORK, SPAWN, NONE }

    public int endLane() {
        return firstLane + laneCount;
    }
}
