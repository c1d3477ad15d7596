package lockstep.sim.library;

import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStaticMethod;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.TypeFactory;
import lockstep.sim.runtime.Types;

/**
 * The methods of {@code object} and {@code type} that a program's {@code __new__}, {@code __setattr__} and
 * metaclasses reach through {@code super()}: {@code object.__new__}, {@code object.__setattr__},
 * {@code type.__new__}, {@code type.__init__} and {@code type.__call__}.
 */
final class ClassProtocol {
    private ClassProtocol() {}

    static void install() {
        Types.OBJECT.dict.put("__new__", new PyStaticMethod(new PyNativeFunction("__new__", (ctx, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType t)) {
                throw Errors.typeError("object.__new__(X): X is not a type object");
            }
            return new PyInstance(t);
        })));
        Types.OBJECT.dict.put("__init_subclass__", new lockstep.sim.runtime.PyClassMethod(
                new PyNativeFunction("__init_subclass__", (ctx, a, kw) -> {
                    if (kw != null && !kw.map.isEmpty()) {
                        throw Errors.typeError(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
                    }
                    return PyNone.NONE;
                })));
        Natives.method(Types.OBJECT, "__setattr__", (ctx, a, kw) -> {
            Args.count("__setattr__", a, 3, 3);
            Attrs.setPlain(ctx, a[0], Args.asString(a[1], "attribute name"), a[2]);
            return PyNone.NONE;
        });
        Types.TYPE.dict.put("__new__", new PyStaticMethod(new PyNativeFunction("__new__", (ctx, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType metaclass) || !metaclass.isSubtypeOf(Types.TYPE)) {
                throw Errors.typeError("type.__new__(X): X is not a subtype of type");
            }
            return TypeFactory.fromArguments(ctx, metaclass, a, 1);
        })));
        Natives.method(Types.TYPE, "__init__", (ctx, a, kw) -> PyNone.NONE);
        Natives.method(Types.TYPE, "__call__", (ctx, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw Errors.typeError("descriptor '__call__' of 'type' object needs an argument");
            }
            return ctx.construct(cls, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
    }
}
