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
    private long count;

    /** Counts for {@code ctx}'s run; {@code bytesEach} is what each item adds to the value built (0: nothing kept). */
    public ItemCount(CallContext ctx, long bytesEach) {
        this.meter = ctx.work();
        this.bytesEach = bytesEach;
    }

    /** One more item. */
    public void add() {
        if (++count % WorkMeter.UNITS_PER_STEP == 0) {
            meter.reserve(WorkMeter.times(count, bytesEach));
            meter.allocated(WorkMeter.made(WorkMeter.UNITS_PER_STEP, bytesEach));
            meter.charge(WorkMeter.UNITS_PER_STEP);
        }
    }
}
