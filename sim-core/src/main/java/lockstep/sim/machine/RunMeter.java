package lockstep.sim.machine;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.WorkMeter;

/**
 * The run's {@link WorkMeter}: a native's charge becomes steps of the thread running it, each with the virtual time
 * a step of its code takes (none of its own with several cores, where the tick is the time); a charge that would
 * pass the step limit sets the count at the limit and stops the run there, before the work is done.
 *
 * <p>It also holds the whole run to its memory budget. What natives tell it they make, and a share for every step
 * ({@link #STEP_BYTES}, then what censuses saw), add up to an estimate of what was made since the last {@link MemoryCensus}; once that reaches the gap
 * the last census left, the next allocation or step outside the interpreter's hot path counts what the programs
 * hold, and raises {@code MemoryError} there when it is past the budget. The gap is the room left under the budget,
 * and at least a quarter of what was held, so that the counting costs at most a few times the making (as a garbage
 * collector's heap doubling does) and a run can pass the budget by at most a quarter before it is stopped.
 */
final class RunMeter implements WorkMeter {
    /**
     * What one step is taken to make besides the values natives tell of, until a census has seen the program grow:
     * a small object's share, more than most steps keep.
     */
    static final long STEP_BYTES = 64;
    /**
     * The least a step is taken to make after a census: twice the growth per step seen between the last two, but not
     * below this, so that a program that speeds up its making passes its budget by a few times the gap at most.
     */
    static final long MIN_STEP_BYTES = 16;
    /**
     * The least made between two censuses, as a part of the budget (16 MiB of the default): a program near its budget
     * is not counted at every step.
     */
    static final long MIN_CENSUS_GAP_PART = 16;
    /** The least made between two censuses under a tiny budget. */
    static final long MIN_CENSUS_GAP = 64 * 1024;

    private final Machine machine;
    private final Interpreter interpreter;
    private long memoryBudget = DEFAULT_MEMORY_BUDGET;
    /** The step count at the last census, the bytes told as made since, and the estimate that calls the next. */
    private long censusSteps;
    private long madeSinceCensus;
    private long censusGap = DEFAULT_MEMORY_BUDGET;
    /** What the last census found, and what a step is taken to make (see {@link #MIN_STEP_BYTES}). */
    private long lastLive;
    private int lastObjects;
    private long stepBytes = STEP_BYTES;
    /** The step count at which, with nothing told as made, the next census falls due: read on the slow path. */
    long censusStep = DEFAULT_MEMORY_BUDGET / STEP_BYTES;
    /** The step count after the last endless item (moved on by charges), and how many the step has taken. */
    private long endlessStep = -1;
    private long endlessItems;

    RunMeter(Machine machine, Interpreter interpreter) {
        this.machine = machine;
        this.interpreter = interpreter;
    }

    void setMemoryBudget(long bytes) {
        this.memoryBudget = bytes;
        this.censusGap = Math.max(minimumGap(), bytes);
        scheduleCensus();
    }

    @Override
    public void allocated(long bytes) {
        madeSinceCensus = bytes > Long.MAX_VALUE - madeSinceCensus ? Long.MAX_VALUE : madeSinceCensus + bytes;
        scheduleCensus();
        if (machine.steps >= censusStep) {
            census();
        }
    }

    /**
     * Counts what the programs hold (called once the step count reaches {@link #censusStep}, the estimate of what
     * they made having reached the gap); raises {@code MemoryError} when that is past the budget.
     */
    void census() {
        if (interpreter.loadingModule()) {
            return; // a library module's body counts its own steps from zero
        }
        MemoryCensus.Count count = MemoryCensus.of(machine, lastObjects);
        long live = count.bytes();
        lastObjects = count.objects();
        long steps = machine.steps - censusSteps;
        if (steps > 0) {
            long grownByStepsAlone = Math.max(0, live - lastLive - madeSinceCensus);
            stepBytes = Math.max(MIN_STEP_BYTES, Math.min(STEP_BYTES, 2 * grownByStepsAlone / steps));
        }
        lastLive = live;
        censusSteps = machine.steps;
        madeSinceCensus = 0;
        censusGap = Math.max(minimumGap(), Math.max(memoryBudget - live, live / 4));
        scheduleCensus();
        if (live > memoryBudget) {
            throw Errors.memoryError("");
        }
    }

    private long minimumGap() {
        return Math.max(MIN_CENSUS_GAP, memoryBudget / MIN_CENSUS_GAP_PART);
    }

    private void scheduleCensus() {
        long left = censusGap - madeSinceCensus;
        censusStep = left <= 0 ? machine.steps : censusSteps + left / stepBytes;
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
