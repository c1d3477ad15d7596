package lockstep.sim.lang;

/** Binary arithmetic and bitwise operators, with their source symbol. */
public enum BinaryOperator {
    ADD("+"), SUB("-"), MUL("*"), MATMUL("@"), DIV("/"), FLOOR_DIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BIT_OR("|"), BIT_XOR("^"), BIT_AND("&");

    public final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }
}
