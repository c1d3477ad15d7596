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
 */
public record ThreadInfo(int id, String name, int pid, ThreadState state, boolean daemon, int line, String function,
                         List<FrameInfo> frames, WaitInfo waitingFor, long wakeAtNanos) {
    public ThreadInfo {
        frames = List.copyOf(frames);
    }

    public ThreadRef ref() {
        return new ThreadRef(id, name, pid);
    }
}
