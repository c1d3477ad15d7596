package lockstep.sim.inspect;

import java.util.List;
import lockstep.sim.ThreadState;

/**
 * A thread at a step.
 *
 * @param id          the machine's thread id (what schedules name)
 * @param name        its name, e.g. {@code Thread-1 (worker)}
 * @param pid         its process
 * @param state       its state; RUNNING for the thread about to execute the next step
 * @param daemon      a daemon thread
 * @param line        the program line it is at (the innermost frame in the program's file); 0 when none
 * @param function    the function of that frame; empty when none
 * @param frames      its whole stack, innermost first (library frames included); empty once done
 * @param waitingFor  what it waits for when BLOCKED or WAITING, else null
 * @param wakeAtNanos when a SLEEPING, IO or computing thread wakes (virtual time); -1 otherwise
 * @param microOp     the micro-op of its innermost frame: the next one for a thread that can run, the call it is in
 *                    for a thread that waits, sleeps or blocks (may be library code's); empty once done
 * @param held        the values it read from shared state and holds, neither written back nor used up
 *                    ({@link HeldReads}); empty when a picture is taken without watching the accesses
 */
public record ThreadInfo(int id, String name, int pid, ThreadState state, boolean daemon, int line, String function,
                         List<FrameInfo> frames, WaitInfo waitingFor, long wakeAtNanos, String microOp,
                         List<HeldValue> held) {
    public ThreadInfo {
        frames = List.copyOf(frames);
        held = List.copyOf(held);
    }

    /** A thread seen without its micro-op and held values. */
    public ThreadInfo(int id, String name, int pid, ThreadState state, boolean daemon, int line, String function,
                      List<FrameInfo> frames, WaitInfo waitingFor, long wakeAtNanos) {
        this(id, name, pid, state, daemon, line, function, frames, waitingFor, wakeAtNanos, "", List.of());
    }

    public ThreadRef ref() {
        return new ThreadRef(id, name, pid);
    }
}
