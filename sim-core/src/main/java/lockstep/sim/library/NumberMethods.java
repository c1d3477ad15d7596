package lockstep.sim.library;

import static lockstep.sim.library.TypeMethods.noArgs;

import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.Types;

/** The few methods of {@code int} and {@code float} programs use: {@code bit_length} and {@code is_integer}. */
final class NumberMethods {
    private NumberMethods() {}

    static void install() {
        Natives.method(Types.INT, "bit_length", (ctx, a, kw) -> {
            PyInt i = TypeMethods.self(a, PyInt.class, Types.INT, "bit_length");
            noArgs("int.bit_length", a, kw);
            return PyInt.of(i.toBig().abs().bitLength());
        });
        Natives.method(Types.FLOAT, "is_integer", (ctx, a, kw) -> {
            PyFloat f = TypeMethods.self(a, PyFloat.class, Types.FLOAT, "is_integer");
            noArgs("float.is_integer", a, kw);
            double d = f.value;
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
    }
}
