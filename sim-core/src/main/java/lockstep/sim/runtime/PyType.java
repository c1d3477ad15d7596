package lockstep.sim.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python class: a built-in type (int, list, ValueError, ...) or one defined by the program. Single inheritance,
 * so the method resolution order is the chain of bases.
 */
public final class PyType extends PyObject {
    /** Creates instances when the type is called; null for types that cannot be instantiated directly. */
    public interface Constructor {
        PyObject construct(CallContext ctx, PyType type, PyObject[] args, PyDict kwargs);
    }

    public final String name;
    public final PyType base;
    /** Its attributes; a built-in type's are frozen once installed, see {@link #freeze}. */
    public final TypeDict dict;
    /** True for types the simulator provides; their {@code repr} is {@code <class 'name'>}. */
    public final boolean builtin;
    /** The module a user class was defined in, for {@code <class '__main__.C'>}. */
    public final String module;
    Constructor constructor;
    /** The class's metaclass when the program gave it one ({@code metaclass=M}), else null: {@code type}. */
    public PyType metaclass;
    /**
     * The machine's context for a class the program (or a library module written in Python) defined, else null: it
     * runs the class's {@code __hash__} and {@code __eq__} when an instance keys a dict or joins a set.
     */
    public CallContext methodContext;

    public PyType(String name, PyType base, boolean builtin, String module) {
        this.name = name;
        this.base = base;
        this.builtin = builtin;
        this.module = module;
        this.dict = new TypeDict(name);
    }

    public void setConstructor(Constructor constructor) {
        if (dict.isFrozen()) {
            throw new IllegalStateException("the constructor of the immutable type " + name + " is fixed");
        }
        this.constructor = constructor;
    }

    /**
     * Makes a built-in type immutable once the library has installed its methods and constructor: built-in types
     * are shared by every run in the JVM.
     */
    public void freeze() {
        if (!builtin) {
            throw new IllegalStateException("only built-in types are frozen: " + name);
        }
        dict.freeze();
    }

    public boolean isFrozen() {
        return dict.isFrozen();
    }

    /** The constructor this type or its nearest built-in ancestor provides. */
    public Constructor constructor() {
        for (PyType t = this; t != null; t = t.base) {
            if (t.constructor != null) {
                return t.constructor;
            }
        }
        return null;
    }

    /** Looks a name up along the chain of bases; null when absent. */
    public PyObject lookup(String attr) {
        for (PyType t = this; t != null; t = t.base) {
            PyObject v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        // ExceptionGroup is CPython's one built-in class with two bases (BaseExceptionGroup, Exception).
        return other == Types.BASE_EXCEPTION_GROUP && isSubtypeOf(Types.EXCEPTION_GROUP);
    }

    public List<PyType> mro() {
        List<PyType> mro = new ArrayList<>();
        for (PyType t = this; t != null; t = t.base) {
            mro.add(t);
            if (t == Types.EXCEPTION_GROUP) {
                mro.add(Types.BASE_EXCEPTION_GROUP);
            }
        }
        return mro;
    }

    @Override
    public PyType type() {
        return metaclass != null ? metaclass : Types.TYPE;
    }
}
