package lockstep.app.simulation;

import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Schedule;
import lockstep.sim.trace.Grain;

/**
 * What manual mode asks the simulator: which threads may run after a schedule chosen by hand, and where the keys
 * pressed lead; answered by {@link InspectorManualScheduling} with the simulator's manual session.
 */
public interface ManualScheduling {
    /** A thread that may run next: its id in schedules, its name and its process. */
    record Choice(int threadId, String name, int pid) {}

    /**
     * Where presses led.
     *
     * @param schedule the schedule after the presses, in micro-op slices
     * @param threads  every thread that exists there, by key; empty when the program has ended
     * @param refusal  the last press that ran nothing, or null
     * @param ranNothing every press was refused: the run is as it was
     */
    record Situation(Schedule schedule, List<ManualThread> threads, ManualRefusal refusal, boolean ranNothing) {
        public Situation {
            threads = List.copyOf(threads);
        }
    }

    /**
     * The threads that may run after {@code chosen}, in thread-id order; empty when the program has ended there.
     *
     * @param options the run's options (seed, step limit); the schedule replaces its policy
     */
    List<Choice> runnable(Program program, RunOptions options, Schedule chosen);

    /**
     * Applies {@code presses} in order after {@code chosen}, each a step at {@code grain} of the thread it names,
     * and tells where they led.
     */
    Situation press(Program program, RunOptions options, Schedule chosen, List<ManualPress> presses, Grain grain);
}
