package lockstep.sim;

/** The life cycle of a simulated thread. */
public enum ThreadState {
    NEW, RUNNABLE, RUNNING, BLOCKED, WAITING, SLEEPING, IO, DONE
}
