package lockstep.sim.scenario;

import java.util.List;

/**
 * A scenario document as read from YAML or JSON, every value with its 1-based line and column: the scenario
 * package's own tree, so that every later check can point at the offending place.
 */
sealed interface Node {
    int line();

    int col();

    /** How the kind of this value is named in an error: "a string", "a list", ... */
    String kindName();

    /** A mapping; keys are unique and in file order. */
    record Mapping(int line, int col, List<Entry> entries) implements Node {
        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** One key of a mapping, at the key's own position. */
    record Entry(String key, int line, int col, Node value) {}

    record Sequence(int line, int col, List<Node> items) implements Node {
        @Override
        public String kindName() {
            return "a list";
        }
    }

    /**
     * A scalar: {@code value} is a {@link String}, {@link Long}, {@link java.math.BigInteger}, {@link Double},
     * {@link Boolean} or null; {@code text} is how it was written (for YAML, {@code yes} stays {@code yes}).
     * {@code blockIndicator} is the first character of the value in the file ({@code |} for a literal block).
     */
    record Scalar(int line, int col, Object value, String text, char blockIndicator) implements Node {
        @Override
        public String kindName() {
            if (value == null) {
                return "nothing (null)";
            }
            if (value instanceof String) {
                return "a string";
            }
            if (value instanceof Boolean) {
                return "a boolean (" + text + ")";
            }
            if (value instanceof Double) {
                return "a number (" + text + ")";
            }
            return "an integer (" + text + ")";
        }
    }
}
