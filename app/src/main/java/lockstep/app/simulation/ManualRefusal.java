package lockstep.app.simulation;

import java.util.List;

/**
 * A manual-mode press that ran nothing, and why, for a short message.
 *
 * @param reason   why it ran nothing
 * @param key      the key pressed, for {@link Reason#NO_SUCH_THREAD}; 0 otherwise
 * @param thread   the thread that cannot run, for {@link Reason#CANNOT_RUN}; null otherwise
 * @param runnable the keys of the threads that can run, for {@link Reason#CHOOSE}; empty otherwise
 */
public record ManualRefusal(Reason reason, int key, ManualThread thread, List<Integer> runnable) {
    public ManualRefusal {
        runnable = List.copyOf(runnable);
    }

    /** Why a press ran nothing. */
    public enum Reason {
        /** No thread has the key pressed. */
        NO_SUCH_THREAD,
        /** The thread of the key pressed cannot run now (its picture says why). */
        CANNOT_RUN,
        /** Space or → with several threads that can run: the person chooses. */
        CHOOSE,
        /** The program has ended: no thread can run. */
        ENDED
    }
}
