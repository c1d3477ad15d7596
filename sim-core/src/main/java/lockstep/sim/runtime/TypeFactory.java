package lockstep.sim.runtime;

import java.util.Map;

/**
 * Makes a class from its name, bases and namespace — what a class statement, {@code type(name, bases, dict)} and
 * {@code type.__new__} in a metaclass share: {@code __new__} becomes a static method, the methods learn their class
 * for {@code super()}, and {@code __set_name__} runs on the attributes that define it.
 */
public final class TypeFactory {
    private TypeFactory() {}

    /** The single base of a class (object when none); more than one is outside the scenario language. */
    public static PyType base(PyTuple bases) {
        if (bases.items.length > 1) {
            throw Errors.typeError("multiple inheritance is outside the scenario language");
        }
        if (bases.items.length == 0) {
            return Types.OBJECT;
        }
        if (!(bases.items[0] instanceof PyType b)) {
            throw Errors.typeError("bases must be types");
        }
        return b;
    }

    /** A new class of metaclass {@code metaclass} ({@code type} or one of its subclasses). */
    public static PyType create(CallContext ctx, PyType metaclass, String name, PyTuple bases,
                                Map<String, PyObject> namespace) {
        PyType base = base(bases);
        String module = namespace.get("__module__") instanceof PyStr m ? m.value : ctx.moduleName();
        PyType type = new PyType(name, base, false, module);
        if (metaclass != Types.TYPE) {
            type.metaclass = metaclass;
        }
        type.methodContext = ctx;
        for (Map.Entry<String, PyObject> e : namespace.entrySet()) {
            if (e.getKey().equals("__qualname__")) {
                continue;
            }
            PyObject value = e.getValue();
            if (e.getKey().equals("__new__") && value instanceof PyFunction) {
                value = new PyStaticMethod(value); // as CPython: __new__ is a static method without the decorator
            } else if (e.getKey().equals("__init_subclass__") && value instanceof PyFunction) {
                value = new PyClassMethod(value); // and __init_subclass__ a class method
            }
            type.dict.put(e.getKey(), value);
            if (e.getValue() instanceof PyFunction fn && fn.code.isMethodOfClassBody && fn.definingClass == null) {
                fn.definingClass = type;
            }
        }
        if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
            type.dict.put("__hash__", PyNone.NONE); // as CPython's type_new: equal objects must hash alike
        }
        for (Map.Entry<String, PyObject> e : type.dict.entrySet()) {
            PyObject setName = e.getValue() instanceof PyInstance ? e.getValue().type().lookup("__set_name__") : null;
            if (setName != null) {
                ctx.call(setName, e.getValue(), type, PyStr.of(e.getKey()));
            }
        }
        if (base.lookup("__init_subclass__") instanceof PyClassMethod hook && hook.function instanceof PyFunction) {
            ctx.call(hook.function, type); // the nearest base's __init_subclass__, bound to the new class
        }
        return type;
    }

    /** {@code type(name, bases, dict)} and {@code type.__new__(metaclass, name, bases, dict)}. */
    public static PyType fromArguments(CallContext ctx, PyType metaclass, PyObject[] a, int from) {
        if (a.length - from != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        if (!(a[from] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + a[from].type().name);
        }
        if (!(a[from + 1] instanceof PyTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + a[from + 1].type().name);
        }
        if (!(a[from + 2] instanceof PyDict dict)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + a[from + 2].type().name);
        }
        java.util.LinkedHashMap<String, PyObject> namespace = new java.util.LinkedHashMap<>();
        for (Map.Entry<PyObject, PyObject> e : dict.map.entrySet()) {
            if (!(e.getKey() instanceof PyStr key)) {
                throw Errors.typeError("a class namespace's keys must be strings");
            }
            namespace.put(key.value, e.getValue());
        }
        return create(ctx, metaclass, name.value, bases, namespace);
    }
}
