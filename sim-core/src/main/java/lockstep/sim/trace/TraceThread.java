package lockstep.sim.trace;

/**
 * A thread of a run, as the trace's thread table keeps it. Names need not be unique (three threads may all be called
 * {@code worker}, and every process has a {@code MainThread}): the id is what identifies a thread.
 *
 * @param id     unique in the run, in order of creation (the first thread is 1)
 * @param pid    its process
 * @param name   the name the program gave it, as CPython shows it
 * @param parent the thread that started (or forked or spawned) it, or -1 for the run's first thread
 * @param daemon whether it is a daemon thread
 */
public record TraceThread(int id, int pid, String name, int parent, boolean daemon) {}
