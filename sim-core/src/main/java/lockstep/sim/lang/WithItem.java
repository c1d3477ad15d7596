package lockstep.sim.lang;

/** {@code context as target}; {@code target} is null without {@code as}. */
public record WithItem(Expr context, Expr target) {}
