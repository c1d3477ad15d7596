package lockstep.sim.runtime;

/** A Python str. Indexing is by UTF-16 unit, which equals Python's for text in the Basic Multilingual Plane. */
public final class PyStr extends PyObject {
    public static final PyStr EMPTY = new PyStr("");

    public final String value;

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    @Override
    public PyType type() {
        return Types.STR;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
