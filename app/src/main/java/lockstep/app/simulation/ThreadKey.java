package lockstep.app.simulation;

/**
 * A thread of a run: its id in the trace's thread table (which identifies it: names may repeat, and
 * {@code MainThread} exists in every process), its process and its name. {@code index} is its place in order of
 * first appearance; {@code colour} picks its colour, the same as the timeline's (its order of birth).
 */
public record ThreadKey(int index, int id, int pid, String name, int colour) {
    /** The name, with the process when the run has several: {@code MainThread} or {@code MainThread (pid 2)}. */
    public String label(boolean withProcess) {
        return withProcess ? name + " · " + pid : name;
    }
}
