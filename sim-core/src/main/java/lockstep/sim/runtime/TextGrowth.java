package lockstep.sim.runtime;

/**
 * A string a native builds piece by piece ({@code join}, the repr of a container): as it grows, each full
 * {@link WorkMeter#UNITS_PER_STEP} characters are charged and its length is held to the memory budget, so a huge
 * result raises {@code MemoryError} or reaches the step limit while it is being built, not after.
 */
public final class TextGrowth {
    private final WorkMeter meter;
    private long charged;

    public TextGrowth(CallContext ctx) {
        this.meter = ctx.work();
    }

    /** The text has grown to {@code length} characters. */
    public void grew(long length) {
        if (length - charged >= WorkMeter.UNITS_PER_STEP) {
            meter.reserve(length * WorkMeter.STR_CHAR_BYTES);
            long whole = (length - charged) / WorkMeter.UNITS_PER_STEP * WorkMeter.UNITS_PER_STEP;
            meter.allocated(whole * WorkMeter.STR_CHAR_BYTES);
            meter.charge(whole);
            charged += whole;
        }
    }
}
