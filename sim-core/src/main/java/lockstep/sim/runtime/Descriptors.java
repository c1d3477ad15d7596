package lockstep.sim.runtime;

/**
 * CPython's descriptor protocol for what an attribute lookup finds on a class: properties, static and class methods,
 * and instances of program classes that define {@code __get__} (with {@code __set__} or {@code __delete__} they are
 * data descriptors, which win over the instance's own dict).
 */
public final class Descriptors {
    private Descriptors() {}

    /** True when finding {@code d} on a class calls for {@link #get} rather than the plain value or a bound method. */
    static boolean isDescriptor(PyObject d) {
        return d instanceof PyProperty || d instanceof PyStaticMethod || d instanceof PyClassMethod
                || d instanceof PyInstance && d.type().lookup("__get__") != null;
    }

    /** A data descriptor takes precedence over the instance dict. */
    static boolean isData(PyObject d) {
        return d instanceof PyProperty
                || d instanceof PyInstance && (d.type().lookup("__set__") != null || d.type().lookup("__delete__") != null);
    }

    /** The value of descriptor {@code d} read through {@code instance} (null when read on the class {@code owner}). */
    static PyObject get(CallContext ctx, PyObject d, PyObject instance, PyType owner, String name) {
        if (d instanceof PyProperty p) {
            if (instance == null) {
                return p;
            }
            if (p.getter == null) {
                throw Errors.attributeError("property '" + name + "' of '" + owner.name + "' object has no getter");
            }
            return ctx.call(p.getter, instance);
        }
        if (d instanceof PyStaticMethod s) {
            return s.function;
        }
        if (d instanceof PyClassMethod c) {
            return new PyBoundMethod(owner, c.function);
        }
        return ctx.call(d.type().lookup("__get__"), d, instance == null ? PyNone.NONE : instance, owner);
    }

    /** Stores through a data descriptor; false when {@code d} is none (the value then goes to the instance dict). */
    static boolean set(CallContext ctx, PyObject d, PyObject instance, String name, PyObject value) {
        if (d instanceof PyProperty p) {
            if (p.setter == null) {
                throw Errors.attributeError("property '" + name + "' of '" + instance.type().name
                        + "' object has no setter");
            }
            ctx.call(p.setter, instance, value);
            return true;
        }
        PyObject set = d instanceof PyInstance ? d.type().lookup("__set__") : null;
        if (set != null) {
            ctx.call(set, d, instance, value);
            return true;
        }
        return false;
    }

    /** Deletes through a data descriptor; false when {@code d} is none. */
    static boolean delete(CallContext ctx, PyObject d, PyObject instance, String name) {
        if (d instanceof PyProperty p) {
            if (p.deleter == null) {
                throw Errors.attributeError("property '" + name + "' of '" + instance.type().name
                        + "' object has no deleter");
            }
            ctx.call(p.deleter, instance);
            return true;
        }
        PyObject delete = d instanceof PyInstance ? d.type().lookup("__delete__") : null;
        if (delete != null) {
            ctx.call(delete, d, instance);
            return true;
        }
        return false;
    }

    /** The attributes of the descriptor objects themselves ({@code p.fget}, {@code sm.__func__}); null if none. */
    static PyObject field(PyObject o, String name) {
        if (name.equals("__isabstractmethod__")) { // abc: a descriptor is abstract when its function is
            PyObject inner = o instanceof PyProperty p ? p.getter : o instanceof PyStaticMethod s ? s.function
                    : o instanceof PyClassMethod c ? c.function : null;
            if (inner == null && !(o instanceof PyProperty)) {
                return null;
            }
            PyObject flag = inner instanceof PyFunction fn ? fn.attribute("__isabstractmethod__") : null;
            return flag != null ? flag : PyBool.FALSE;
        }
        if (o instanceof PyProperty p) {
            PyObject f;
            switch (name) {
                case "fget" -> f = p.getter;
                case "fset" -> f = p.setter;
                case "fdel" -> f = p.deleter;
                case "__doc__" -> f = null;
                default -> {
                    return null;
                }
            }
            return f == null ? PyNone.NONE : f;
        }
        if (o instanceof PyStaticMethod s && (name.equals("__func__") || name.equals("__wrapped__"))) {
            return s.function;
        }
        if (o instanceof PyClassMethod c && (name.equals("__func__") || name.equals("__wrapped__"))) {
            return c.function;
        }
        return null;
    }
}
