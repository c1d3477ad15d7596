package lockstep.sim.machine;

import lockstep.sim.runtime.WorkMeter;

/**
 * The run's {@link WorkMeter}: a native's charge becomes steps of the thread running it, each with the virtual time
 * a step of its code takes (none of its own with several cores, where the tick is the time); a charge that would
 * pass the step limit sets the count at the limit and stops the run there, before the work is done.
 */
final class RunMeter implements WorkMeter {
    private final Machine machine;
    private final Interpreter interpreter;
    private long memoryBudget = DEFAULT_MEMORY_BUDGET;

    RunMeter(Machine machine, Interpreter interpreter) {
        this.machine = machine;
        this.interpreter = interpreter;
    }

    void setMemoryBudget(long bytes) {
        this.memoryBudget = bytes;
    }

    @Override
    public long memoryBudget() {
        return memoryBudget;
    }

    @Override
    public void charge(long units) {
        long extra = units / UNITS_PER_STEP;
        if (extra <= 0) {
            return;
        }
        long limit = interpreter.chargeLimit();
        if (extra > limit - machine.steps) {
            machine.steps = Math.max(machine.steps, limit);
            throw new Interpreter.OutOfSteps();
        }
        machine.steps += extra;
        machine.clockNanos += extra * interpreter.stepNanos();
    }
}
