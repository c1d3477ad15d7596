package lockstep.sim.trace;

import java.util.HashMap;
import java.util.Map;

/**
 * A scenario's notes on program lines (a lesson's numbered walk through the program), told as the run reaches them:
 * a note is due when a thread or task arrives at its line from another line, not again while it stays there (a task
 * resuming at the {@code await} it stopped at has not arrived anew).
 */
public final class LineNotes {
    private final Map<Integer, String> notes;
    /** By runner: a thread's id, with the task it runs (tasks never change threads; names may repeat). */
    private final Map<String, Integer> lastLineByRunner = new HashMap<>();

    /** {@code notes}: line (1-based) to text, in the language to show. */
    public LineNotes(Map<Integer, String> notes) {
        this.notes = Map.copyOf(notes);
    }

    /** The note due at {@code line} for thread {@code thread} running {@code task} (null: none), or null. */
    public String arrive(int thread, String task, int line) {
        Integer previous = lastLineByRunner.put(task == null ? Integer.toString(thread) : thread + "/" + task, line);
        if (previous != null && previous == line) {
            return null;
        }
        return notes.get(line);
    }

    public boolean isEmpty() {
        return notes.isEmpty();
    }
}
