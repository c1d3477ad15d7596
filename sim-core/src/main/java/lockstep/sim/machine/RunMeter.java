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
    /** The step count after the last endless item (moved on by charges), and how many the step has taken. */
    private long endlessStep = -1;
    private long endlessItems;

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
    public void endlessItem() {
        if (machine.steps != endlessStep) {
            endlessItems = 0;
        }
        if (++endlessItems > UNITS_PER_STEP) {
            charge(ENDLESS_ITEM_STEPS * UNITS_PER_STEP);
        }
        endlessStep = machine.steps;
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
        if (endlessStep == machine.steps - extra) {
            endlessStep = machine.steps; // the same step goes on: its endless items keep counting
        }
    }
}
