package lockstep.sim.compile;

/** Placeholder, replaced by the compiler. */
public final class CodeObject {}
