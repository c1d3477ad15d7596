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
    /**
     * Attributes the program set on the function ({@code __doc__}, {@code __wrapped__}, ...), in order; null until it
     * sets one (most functions never have any, and copies and walks of a machine meet hundreds of functions).
     */
    private LinkedHashMap<String, PyObject> attributes;

    /** The attribute the program set, or null. */
    public PyObject attribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    public void setAttribute(String name, PyObject value) {
        if (attributes == null) {
            attributes = new LinkedHashMap<>();
        }
        attributes.put(name, value);
    }

    /** Removes the attribute; returns what it was, or null when the program never set it. */
    public PyObject removeAttribute(String name) {
        return attributes == null ? null : attributes.remove(name);
    }

    /** The attributes the program set, in order (read-only). */
    public java.util.Map<String, PyObject> attributes() {
        return attributes == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(attributes);
    }

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
