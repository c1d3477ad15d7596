package lockstep.sim.trace;

/** Told of every step of a run as it executes. */
@FunctionalInterface
public interface StepListener {
    void onStep(Step step);

    /**
     * Whether the steps told need their narration and micro-op names. A listener that only groups steps (the
     * explorer's) says no, and gets steps without them, which are much cheaper to make.
     */
    default boolean narrated() {
        return true;
    }
}
