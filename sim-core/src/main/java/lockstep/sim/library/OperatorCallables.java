package lockstep.sim.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * {@code operator.itemgetter}, {@code attrgetter} and {@code methodcaller}: callable objects with CPython's reprs
 * ({@code operator.itemgetter(1)}); each call is one native call.
 */
final class OperatorCallables {
    static final PyType ITEMGETTER = new PyType("operator.itemgetter", Types.OBJECT, true, "operator");
    static final PyType ATTRGETTER = new PyType("operator.attrgetter", Types.OBJECT, true, "operator");
    static final PyType METHODCALLER = new PyType("operator.methodcaller", Types.OBJECT, true, "operator");

    static {
        ITEMGETTER.setConstructor((ctx, t, a, kw) -> {
            Args.noKeywords("itemgetter", kw);
            if (a.length == 0) {
                throw Errors.typeError("itemgetter expected 1 argument, got 0");
            }
            return new Getter(ITEMGETTER, a, null, null);
        });
        ATTRGETTER.setConstructor((ctx, t, a, kw) -> {
            Args.noKeywords("attrgetter", kw);
            if (a.length == 0) {
                throw Errors.typeError("attrgetter expected 1 argument, got 0");
            }
            for (PyObject name : a) {
                if (!(name instanceof PyStr)) {
                    throw Errors.typeError("attribute name must be a string");
                }
            }
            return new Getter(ATTRGETTER, a, null, null);
        });
        METHODCALLER.setConstructor((ctx, t, a, kw) -> {
            if (a.length == 0) {
                throw Errors.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("method name must be a string");
            }
            return new Getter(METHODCALLER, new PyObject[] {a[0]}, java.util.Arrays.copyOfRange(a, 1, a.length),
                    kw == null ? null : new PyDict(new java.util.LinkedHashMap<>(kw.map)));
        });
        for (PyType t : List.of(ITEMGETTER, ATTRGETTER, METHODCALLER)) {
            Natives.method(t, "__call__", (ctx, a, kw) -> {
                Args.noKeywords(t.name.substring("operator.".length()), kw);
                if (a.length != 2) {
                    throw Errors.typeError(t.name.substring("operator.".length()) + " expected 1 argument, got "
                            + (a.length - 1));
                }
                return ((Getter) a[0]).apply(ctx, a[1]);
            });
            Natives.method(t, "__repr__", (ctx, a, kw) -> PyStr.of(((Getter) a[0]).repr(ctx)));
            t.freeze();
        }
    }

    private OperatorCallables() {}

    static void install(Map<String, PyObject> d) {
        d.put("itemgetter", ITEMGETTER);
        d.put("attrgetter", ATTRGETTER);
        d.put("methodcaller", METHODCALLER);
    }

    /** One of the three: what it looks up (items, dotted attribute names, or a method with its arguments). */
    static final class Getter extends PyInstance implements lockstep.sim.runtime.Forkable {
        private final PyObject[] keys;
        private final PyObject[] callArgs;
        private final PyDict callKeywords;

        Getter(PyType type, PyObject[] keys, PyObject[] callArgs, PyDict callKeywords) {
            super(type);
            this.keys = keys;
            this.callArgs = callArgs;
            this.callKeywords = callKeywords;
        }

        PyObject apply(CallContext ctx, PyObject target) {
            if (type() == METHODCALLER) {
                PyObject method = Attrs.get(ctx, target, ((PyStr) keys[0]).value);
                return ctx.call(method, callArgs, callKeywords);
            }
            if (keys.length == 1) {
                return one(ctx, target, keys[0]);
            }
            PyObject[] values = new PyObject[keys.length];
            for (int i = 0; i < keys.length; i++) {
                values[i] = one(ctx, target, keys[i]);
            }
            return PyTuple.of(values);
        }

        private PyObject one(CallContext ctx, PyObject target, PyObject key) {
            if (type() == ITEMGETTER) {
                return Items.getItem(ctx, target, key);
            }
            PyObject value = target;
            for (String part : ((PyStr) key).value.split("\\.", -1)) {
                value = Attrs.get(ctx, value, part);
            }
            return value;
        }

        @Override
        public PyObject copyFor(lockstep.sim.runtime.ObjectCopier copier) {
            PyObject[] copiedKeys = new PyObject[keys.length];
            for (int i = 0; i < keys.length; i++) {
                copiedKeys[i] = copier.copy(keys[i]);
            }
            PyObject[] copiedArgs = null;
            if (callArgs != null) {
                copiedArgs = new PyObject[callArgs.length];
                for (int i = 0; i < callArgs.length; i++) {
                    copiedArgs[i] = copier.copy(callArgs[i]);
                }
            }
            return new Getter(type(), copiedKeys, copiedArgs,
                    callKeywords == null ? null : (PyDict) copier.copy(callKeywords));
        }

        String repr(CallContext ctx) {
            List<String> parts = new ArrayList<>();
            for (PyObject k : keys) {
                parts.add(Ops.repr(ctx, k));
            }
            if (callArgs != null) {
                for (PyObject x : callArgs) {
                    parts.add(Ops.repr(ctx, x));
                }
                if (callKeywords != null) {
                    for (Map.Entry<PyObject, PyObject> e : callKeywords.map.entrySet()) {
                        parts.add(((PyStr) e.getKey()).value + "=" + Ops.repr(ctx, e.getValue()));
                    }
                }
            }
            return type().name + "(" + String.join(", ", parts) + ")";
        }
    }
}
