package lockstep.timeline.tracefile;

/**
 * A track of a trace file: where its slices, instants or counter values are drawn.
 *
 * @param uuid   unique in the file, derived from the run's ids (never 0: that is the viewer's root track)
 * @param parent the uuid of the track it is nested in, or 0 for a process or a thread (a thread belongs to its
 *               process by {@code pid})
 * @param kind   what it shows
 * @param name   its name as shown
 * @param pid    the simulated process it belongs to
 * @param tid    the thread's id in the run, for a thread track (and the thread of a nested track); -1 otherwise
 * @param rank   its place among its siblings, lower first: the program's order
 * @param unit   what a counter counts ({@code thread id}, {@code tasks}); null for other tracks
 */
public record TraceTrack(long uuid, long parent, Kind kind, String name, int pid, int tid, int rank, String unit) {
    /** A track that is not a counter. */
    public TraceTrack(long uuid, long parent, Kind kind, String name, int pid, int tid, int rank) {
        this(uuid, parent, kind, name, pid, tid, rank, null);
    }

    /** What a track shows. */
    public enum Kind {
        /** A simulated process: holds its threads and its GIL counter. */
        PROCESS,
        /** A thread: its states as slices, its events as instants. */
        THREAD,
        /** The operations (or line steps) of a thread, as slices: nested in the thread. */
        OPERATIONS,
        /** An asyncio task or a greenlet: its states, nested in the thread that runs it. */
        TASK,
        /** A counter: a process's GIL holder, an event loop's ready-queue length. */
        COUNTER
    }

    /** Whether it holds counter values rather than slices and instants. */
    public boolean counter() {
        return kind == Kind.COUNTER;
    }
}
