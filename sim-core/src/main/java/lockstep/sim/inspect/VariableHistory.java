package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.machine.Machine;
import lockstep.sim.Schedule;

/**
 * When each shared variable (see {@link VariableInfo}) of each process changed over a whole run, and to what. A
 * change's step is the step count after which the new value holds, so the value in the picture after N steps is
 * that of the last change at or before N. A global the program stores is a change even when the value stays the
 * same (a lost update writes what was already there), so a change may repeat the value before it. Changes to the
 * items of a list, dict or set are seen (its size and first {@link VariableRecorder#SHALLOW_ITEMS} items), changes
 * deeper inside them are not.
 */
public final class VariableHistory {
    /** At most this many changes are kept in all; {@link #truncated()} says when more happened. */
    public static final int MAX_CHANGES = 1_000_000;

    /**
     * One change.
     *
     * @param step       the step count after which {@code value} holds
     * @param thread the thread whose step made the change; null for a value present before the first step
     * @param value  the new value's repr, shortened when long
     */
    public record Change(long step, ThreadRef thread, String value) {
        /** The name of the thread that made the change; null for a value present before the first step. */
        public String threadName() {
            return thread == null ? null : thread.name();
        }
    }

    private final Map<Integer, Map<String, List<Change>>> byProcess = new LinkedHashMap<>();
    private int count;
    private boolean truncated;
    private long stepsCovered;

    VariableHistory() {}

    /**
     * Runs {@code machine} (prepared, not yet run) to its end, looking at the variables after every step; with
     * {@code capped}, its step limit is lower than the run's, so reaching it leaves the history incomplete.
     */
    static VariableHistory record(Machine machine, boolean capped) {
        VariableHistory history = new VariableHistory();
        VariableRecorder recorder = new VariableRecorder(machine, history);
        machine.setProbe(recorder::reached, 0);
        Machine.Outcome outcome = null;
        try {
            outcome = machine.run();
        } catch (Schedule.Divergence e) {
            // A replay that runs out of schedule ends here, as its pictures do.
        }
        recorder.finish();
        history.stepsCovered = machine.steps();
        history.truncated |= capped && outcome == Machine.Outcome.STEP_LIMIT;
        return history;
    }

    /** The steps the history covers: the whole run unless {@link #truncated()}. */
    public long stepsCovered() {
        return stepsCovered;
    }

    void add(int pid, String name, Change change) {
        if (count >= MAX_CHANGES) {
            truncated = true;
            return;
        }
        count++;
        byProcess.computeIfAbsent(pid, k -> new LinkedHashMap<>()).computeIfAbsent(name, k -> new ArrayList<>())
                .add(change);
    }

    /** The processes that had shared variables, in the order first seen. */
    public List<Integer> pids() {
        return List.copyOf(byProcess.keySet());
    }

    /** The shared variables of process {@code pid}, in the order first seen. */
    public List<String> names(int pid) {
        Map<String, List<Change>> vars = byProcess.get(pid);
        return vars == null ? List.of() : List.copyOf(vars.keySet());
    }

    /** Every change of variable {@code name} of process {@code pid}, oldest first. */
    public List<Change> changes(int pid, String name) {
        Map<String, List<Change>> vars = byProcess.get(pid);
        List<Change> changes = vars == null ? null : vars.get(name);
        return changes == null ? List.of() : Collections.unmodifiableList(changes);
    }

    /** The last {@code max} changes made at or before step count {@code step}, oldest first. */
    public List<Change> changesUpTo(int pid, String name, long step, int max) {
        List<Change> all = changes(pid, name);
        int end = upperBound(all, step);
        return all.subList(Math.max(0, end - max), end);
    }

    /** The variable's value after {@code step} steps, or null when it did not exist yet. */
    public String valueAt(int pid, String name, long step) {
        List<Change> all = changes(pid, name);
        int end = upperBound(all, step);
        return end == 0 ? null : all.get(end - 1).value();
    }

    /** How many changes are kept. */
    public int size() {
        return count;
    }

    /**
     * True when the history stops before the end of the run: more than {@link #MAX_CHANGES} changes were made, or
     * the run is longer than {@link Inspector#HISTORY_MAX_STEPS}.
     */
    public boolean truncated() {
        return truncated;
    }

    /** The number of changes with a step at or before {@code step}. */
    private static int upperBound(List<Change> changes, long step) {
        int lo = 0;
        int hi = changes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (changes.get(mid).step() <= step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
