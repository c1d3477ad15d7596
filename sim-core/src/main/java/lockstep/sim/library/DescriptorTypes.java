package lockstep.sim.library;

import java.util.Map;
import lockstep.sim.runtime.PyClassMethod;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyProperty;
import lockstep.sim.runtime.PyStaticMethod;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyType;

/**
 * The built-in types that decorators use on methods — {@code property} (with {@code .setter}, {@code .getter},
 * {@code .deleter}), {@code staticmethod} and {@code classmethod}.
 */
final class DescriptorTypes {
    private DescriptorTypes() {}

    static void install(Map<String, PyObject> builtins) {
        PyProperty.TYPE.setConstructor((ctx, t, a, kw) -> {
            Args.count("property", a, 0, 4);
            PyObject fget = argument(a, kw, 0, "fget");
            PyObject fset = argument(a, kw, 1, "fset");
            PyObject fdel = argument(a, kw, 2, "fdel");
            return new PyProperty(fget, fset, fdel);
        });
        Natives.method(PyProperty.TYPE, "getter", (ctx, a, kw) -> {
            Args.count("getter", a, 2, 2);
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(a[1], p.setter, p.deleter);
        });
        Natives.method(PyProperty.TYPE, "setter", (ctx, a, kw) -> {
            Args.count("setter", a, 2, 2);
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.getter, a[1], p.deleter);
        });
        Natives.method(PyProperty.TYPE, "deleter", (ctx, a, kw) -> {
            Args.count("deleter", a, 2, 2);
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.getter, p.setter, a[1]);
        });
        PyStaticMethod.TYPE.setConstructor((ctx, t, a, kw) -> {
            Args.noKeywords("staticmethod", kw);
            Args.count("staticmethod", a, 1, 1);
            return new PyStaticMethod(a[0]);
        });
        PyClassMethod.TYPE.setConstructor((ctx, t, a, kw) -> {
            Args.noKeywords("classmethod", kw);
            Args.count("classmethod", a, 1, 1);
            return new PyClassMethod(a[0]);
        });
        for (PyType t : new PyType[] {PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE}) {
            builtins.put(t.name, t);
        }
    }

    /** A positional or keyword argument; null when absent or None (property treats None as no function). */
    private static PyObject argument(PyObject[] a, lockstep.sim.runtime.PyDict kw, int index, String name) {
        PyObject v = index < a.length ? a[index] : Args.keyword(kw, name);
        return v == PyNone.NONE ? null : v;
    }
}
