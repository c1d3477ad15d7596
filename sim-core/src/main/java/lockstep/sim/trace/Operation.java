package lockstep.sim.trace;

/**
 * A run of steps shown as one step at a coarser {@link Grain}: an operation of one thread, or one thread's stretch of
 * one line. The steps stay in the trace; this only names their range.
 *
 * @param thread    the thread's id
 * @param threadName the thread's name
 * @param task      the asyncio task it ran in, or null outside any task
 * @param first     the index of its first step
 * @param last      the index of its last step: the group ends right after it
 * @param steps     how many micro-ops it holds (other threads' steps may fall between first and last)
 * @param timeNanos virtual time at which its first step started
 * @param line      the program line it is shown at: of its last step in the program's own code, else the line that
 *                  called the library code it ran
 * @param narration what the program did, as one sentence
 */
public record Operation(int thread, String threadName, String task, long first, long last, int steps, long timeNanos, int line,
                        Narration narration) {
    /** Who ran it: the asyncio task when there is one, else the thread. */
    public String runner() {
        return task != null ? task : threadName;
    }

    /** The range of micro-ops, as the trace text's OP column shows it: {@code #12} or {@code #12..15}. */
    public String range() {
        return first == last ? "#" + first : "#" + first + ".." + last;
    }

    /**
     * What the program set out to do, without what came of it: a library call alone ("calls Lock.acquire()"), not
     * what it then did ("... : Thread-1 takes lock"); any other narration as it is. For views that show a thread's
     * operation before it is over.
     */
    public Narration action() {
        String key = narration.key();
        if ((key.equals("operation.call_and") || key.equals("operation.resume_and")) && !narration.args().isEmpty()) {
            return Narration.of(key.substring(0, key.length() - "_and".length()), narration.args().get(0));
        }
        return narration;
    }
}
