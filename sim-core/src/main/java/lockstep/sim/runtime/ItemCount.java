package lockstep.sim.runtime;

/**
 * The items a native pulls one at a time from an iterator whose length it cannot know first: each full
 * {@link WorkMeter#UNITS_PER_STEP} items are charged as they complete, and what is built so far (at
 * {@code bytesEach} an item) is held to the memory budget, so a runaway iterator ends the run at its step limit or
 * raises {@code MemoryError} rather than filling the JVM.
 */
public final class ItemCount {
    private final WorkMeter meter;
    private final long bytesEach;
    /** Items per charge of {@link #unitsEach} thousand units: one charge per thousand items, or per item. */
    private final long itemsPerStep;
    private final long unitsEach;
    private long count;

    /** Counts for {@code ctx}'s run; {@code bytesEach} is what each item adds to the value built (0: nothing kept). */
    public ItemCount(CallContext ctx, long bytesEach) {
        this(ctx, bytesEach, WorkMeter.UNITS_PER_STEP);
    }

    /** Counts that charge {@code stepsEach} steps every {@code itemsPerStep} items. */
    ItemCount(CallContext ctx, long bytesEach, long itemsPerStep, long stepsEach) {
        this.meter = ctx.work();
        this.bytesEach = bytesEach;
        this.itemsPerStep = itemsPerStep;
        this.unitsEach = stepsEach * WorkMeter.UNITS_PER_STEP;
    }

    ItemCount(CallContext ctx, long bytesEach, long itemsPerStep) {
        this(ctx, bytesEach, itemsPerStep, 1);
    }

    /** One more item. */
    public void add() {
        if (++count % itemsPerStep == 0) {
            meter.reserve(WorkMeter.times(count, bytesEach));
            meter.charge(unitsEach);
        }
    }
}
