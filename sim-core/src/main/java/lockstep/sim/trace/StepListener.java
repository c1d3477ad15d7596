package lockstep.sim.trace;

/** Told of every step of a run as it executes. */
@FunctionalInterface
public interface StepListener {
    void onStep(Step step);
}
