package lockstep.sim.lang;

/** Unary operators: {@code not x}, {@code -x}, {@code +x}, {@code ~x}. */
public enum UnaryOperator { NOT, NEG, POS, INVERT }
