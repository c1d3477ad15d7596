package lockstep.app.explore;

import java.util.Map;

/** A final global's value ({@link lockstep.sim.RunResult#globals()}) written as Python's {@code repr} shows it. */
final class PythonValues {
    private PythonValues() {}

    static String repr(Object value) {
        return lockstep.sim.scenario.PythonText.repr(value);
    }

    /** {@code name = value, ...} for every global, in definition order. */
    static String assignments(Map<String, Object> globals) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : globals.entrySet()) {
            out.append(out.length() > 0 ? ", " : "").append(e.getKey()).append(" = ").append(repr(e.getValue()));
        }
        return out.toString();
    }
}
