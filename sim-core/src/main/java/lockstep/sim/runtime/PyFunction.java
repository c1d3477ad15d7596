package lockstep.sim.runtime;

import java.util.LinkedHashMap;
import lockstep.sim.compile.CodeObject;

/** A function defined by the program: its code, the globals it sees, defaults and closure cells. */
public final class PyFunction extends PyObject {
    public final CodeObject code;
    public final LinkedHashMap<String, PyObject> globals;
    /** Defaults of the last positional parameters, in order; empty when none. */
    public final PyObject[] defaults;
    /** Defaults of keyword-only parameters by name; null when none. */
    public final LinkedHashMap<String, PyObject> kwDefaults;
    public final PyCell[] closure;
    /** The class whose body defined this function, for {@code super()}; null otherwise. */
    public PyType definingClass;
    /** {@code __name__} and {@code __qualname__}: the code's names until the program sets them (as wraps does). */
    public String name;
    public String qualifiedName;
    /** Attributes the program set on the function ({@code __doc__}, {@code __wrapped__}, ...), in order. */
    public final LinkedHashMap<String, PyObject> attributes = new LinkedHashMap<>();

    public PyFunction(CodeObject code, LinkedHashMap<String, PyObject> globals, PyObject[] defaults,
                      LinkedHashMap<String, PyObject> kwDefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualifiedName = code.qualifiedName;
    }

    public String name() {
        return code.name;
    }

    @Override
    public PyType type() {
        return Types.FUNCTION;
    }
}
