package lockstep.sim.lang;

import java.util.List;

/**
 * The parameters of a {@code def} or {@code lambda}: positional-or-keyword parameters, then {@code *vararg}, then
 * keyword-only parameters, then {@code **kwarg}. {@code vararg} and {@code kwarg} are null when absent.
 */
public record Parameters(List<Parameter> positional, String vararg, List<Parameter> keywordOnly, String kwarg) {
    public static final Parameters NONE = new Parameters(List.of(), null, List.of(), null);

    /** One named parameter; {@code defaultValue} is null when it has none. */
    public record Parameter(String name, Expr defaultValue, int line, int col) {}
}
