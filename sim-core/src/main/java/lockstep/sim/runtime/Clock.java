package lockstep.sim.runtime;

/** The run's virtual clock and the GIL's switch interval, as natives read and set them. */
public interface Clock {
    /** The virtual clock, in nanoseconds since the run started. */
    long nowNanos();

    /** The GIL's switch interval, in virtual nanoseconds ({@code sys.getswitchinterval}). */
    long switchIntervalNanos();

    /** Sets the GIL's switch interval ({@code sys.setswitchinterval}). */
    void setSwitchIntervalNanos(long nanos);
}
