package lockstep.sim.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.WorkMeter;

/**
 * Charges every method of {@code str} for the text it reads, before it runs: the string's length plus that of its
 * str arguments (and, for the padding methods, the width asked for), at the run's rate of one step per thousand
 * characters. One wrapper around the installed methods, so that no method of the family is forgotten.
 */
final class StrMetering {
    private StrMetering() {}

    /** The methods whose int argument is the length of their result. */
    private static final Set<String> WIDTH_METHODS = Set.of("center", "ljust", "rjust", "zfill");

    /** Wraps the str methods installed so far ({@code join} and {@code format} charge as they build instead). */
    static void install() {
        List<String> names = new ArrayList<>(Types.STR.dict.keySet());
        for (String name : names) {
            if (name.equals("join") || name.equals("format") || name.equals("format_map")
                    || !(Types.STR.dict.get(name) instanceof PyNativeFunction f)) {
                continue;
            }
            PyNativeFunction.Body body = f.body;
            boolean width = WIDTH_METHODS.contains(name);
            Types.STR.dict.put(name, new PyNativeFunction(name, (ctx, a, kw) -> {
                ctx.work().charge(textRead(a, width));
                return body.call(ctx, a, kw);
            }));
        }
    }

    private static long textRead(PyObject[] args, boolean width) {
        long units = 0;
        for (PyObject arg : args) {
            if (arg instanceof PyStr s) {
                units += s.value.length();
            } else if (width && arg instanceof PyInt i && i.big == null && i.value > 0) {
                units = units + i.value < 0 ? WorkMeter.ENDLESS : units + i.value;
            }
        }
        return units;
    }
}
