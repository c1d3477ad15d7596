package lockstep.sim.library;

import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.ExceptionGroups;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/** The methods of {@code BaseExceptionGroup} and {@code ExceptionGroup}: {@code split}, {@code subgroup}, {@code derive}. */
final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {}

    static void install() {
        for (PyType t : new PyType[] {Types.BASE_EXCEPTION_GROUP, Types.EXCEPTION_GROUP}) {
            Natives.method(t, "split", (ctx, a, kw) -> {
                PyBaseException[] parts = split(ctx, a, kw, "split");
                return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
            });
            Natives.method(t, "subgroup", (ctx, a, kw) -> orNone(split(ctx, a, kw, "subgroup")[0]));
            Natives.method(t, "derive", (ctx, a, kw) -> {
                Args.count("derive", a, 2, 2);
                PyBaseException group = group(a[0]);
                return ExceptionGroups.create(ctx, Types.BASE_EXCEPTION_GROUP,
                        new PyObject[] {group.args.items[0], a[1]});
            });
        }
    }

    private static PyBaseException[] split(CallContext ctx, PyObject[] a, PyDict kw, String name) {
        Args.noKeywords(name, kw);
        Args.count(name, a, 2, 2);
        return ExceptionGroups.split(ctx, group(a[0]), ExceptionGroups.condition(ctx, a[1]));
    }

    private static PyBaseException group(PyObject self) {
        if (!ExceptionGroups.isGroup(self)) {
            throw Errors.typeError("descriptor requires a 'BaseExceptionGroup' object");
        }
        return (PyBaseException) self;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
