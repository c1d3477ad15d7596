package lockstep.sim.lang;

/** A keyword argument {@code name=value}; a null name is {@code **value}. */
public record Keyword(String name, Expr value, int line, int col) {}
