package lockstep.sim.lang;

/** Comparison operators, with their source symbol. */
public enum CompareOperator {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

    public final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }
}
