package lockstep.sim.library;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRange;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.SyncObject;

/**
 * The {@code copy} module: {@code copy} and {@code deepcopy} as CPython's do them for the simulator's values —
 * atomic values come back as they are, containers and instances are copied (deeply with a memo, so shared and
 * cyclic references stay shared), and a class's {@code __copy__} / {@code __deepcopy__(memo)} is used first.
 */
final class CopyModule {
    /** {@code copy.Error}, which CPython raises for objects it cannot copy by other means than pickling. */
    static final PyType ERROR = new PyType("Error", lockstep.sim.runtime.Types.EXCEPTION, true, "copy");

    static {
        ERROR.dict.put("__module__", PyStr.of("copy"));
        ERROR.freeze();
    }

    private CopyModule() {}

    static void install(Map<String, PyObject> d) {
        d.put("Error", ERROR);
        Natives.function(d, "copy", (ctx, a, kw) -> {
            Args.noKeywords("copy", kw);
            if (a.length != 1) {
                throw Errors.typeError("copy() takes 1 positional argument but " + a.length + " were given");
            }
            return shallow(ctx, a[0]);
        });
        Natives.function(d, "deepcopy", (ctx, a, kw) -> {
            Args.onlyKeywords("deepcopy", kw, "memo");
            PyObject memo = a.length > 1 ? a[1] : Args.keyword(kw, "memo");
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError("deepcopy() takes from 1 to 2 positional arguments but " + a.length
                        + " were given");
            }
            return new Deep(ctx, memo instanceof PyDict m ? m : null).copy(a[0]);
        });
    }

    /** Values that are their own copies. */
    static boolean isAtomic(PyObject o) {
        return o == PyNone.NONE || o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr
                || o instanceof PyType || o instanceof PyFunction || o instanceof PyNativeFunction
                || o instanceof PyRange || o instanceof PyModule || (o instanceof PySet s && s.frozen);
    }

    static PyObject shallow(CallContext ctx, PyObject x) {
        if (isAtomic(x) || x instanceof PyTuple) {
            return x;
        }
        PyObject hook = x.type().lookup("__copy__");
        if (hook != null) {
            return ctx.call(hook, x);
        }
        if (x instanceof PyList l) {
            return new PyList(new ArrayList<>(l.items), true);
        }
        if (x instanceof PyDict d) {
            PyObject method = d.ownSpecial("copy");
            return method != null ? ctx.call(method, d) : DerivedDicts.plain(d);
        }
        if (x instanceof PySet s) {
            return new PySet(new LinkedHashSet<>(s.items), false);
        }
        if (x instanceof PyInstance inst && !(x instanceof PyBaseException) && !(x instanceof SyncObject)
                && !inst.type().builtin) {
            PyInstance copy = new PyInstance(inst.type());
            copy.dict.putAll(inst.dict);
            return copy;
        }
        throw cannotCopy(x);
    }

    private static RuntimeException cannotCopy(PyObject x) {
        return Errors.typeError("cannot pickle '" + x.type().name + "' object");
    }

    /** One deepcopy: the memo of what has been copied, by identity, or the program's memo dict keyed by id. */
    private static final class Deep {
        private final CallContext ctx;
        private final PyDict userMemo;
        private final IdentityHashMap<PyObject, PyObject> copied = new IdentityHashMap<>();

        Deep(CallContext ctx, PyDict userMemo) {
            this.ctx = ctx;
            this.userMemo = userMemo;
        }

        private PyObject remembered(PyObject x) {
            if (userMemo != null) {
                return userMemo.map.get(PyInt.of(ctx.objectIds().idOf(x)));
            }
            return copied.get(x);
        }

        private <T extends PyObject> T remember(PyObject x, T y) {
            if (userMemo != null) {
                userMemo.map.put(PyInt.of(ctx.objectIds().idOf(x)), y);
            } else {
                copied.put(x, y);
            }
            return y;
        }

        /** One level deeper in the recursion guard: a list nested too deep is CPython's RecursionError. */
        PyObject copy(PyObject x) {
            ctx.recursion().enter(lockstep.sim.runtime.RecursionGuard.IN_CALL);
            try {
                return copyOnce(x);
            } catch (StackOverflowError e) {
                throw lockstep.sim.runtime.RecursionGuard.overflow(lockstep.sim.runtime.RecursionGuard.IN_CALL);
            } finally {
                ctx.recursion().exit();
            }
        }

        private PyObject copyOnce(PyObject x) {
            PyObject known = remembered(x);
            if (known != null) {
                return known;
            }
            if (isAtomic(x)) {
                return x;
            }
            PyObject hook = x.type().lookup("__deepcopy__");
            if (hook != null) {
                return remember(x, ctx.call(hook, x, userMemo != null ? userMemo : new PyDict()));
            }
            if (x instanceof PyTuple t) {
                return copyTuple(t);
            }
            if (x instanceof PyList l) {
                PyList y = remember(x, new PyList());
                for (PyObject item : new ArrayList<>(l.items)) {
                    y.items.add(copy(item));
                }
                return y;
            }
            if (x instanceof PyDict d) {
                PyDict y = remember(x, d.ownSpecial("copy") != null ? emptyLike(d) : new PyDict());
                for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(d.map.entrySet())) {
                    y.map.put(copy(e.getKey()), copy(e.getValue()));
                }
                return y;
            }
            if (x instanceof PySet s) {
                LinkedHashSet<PyObject> items = new LinkedHashSet<>();
                for (PyObject item : new ArrayList<>(s.items)) {
                    items.add(copy(item));
                }
                return remember(x, new PySet(items, false));
            }
            if (x instanceof Deques.Deque dq) {
                Deques.Deque y = remember(x, new Deques.Deque(dq.type()));
                y.maxlen = dq.maxlen;
                for (PyObject item : new ArrayList<>(dq.items)) {
                    y.append(copy(item));
                }
                return y;
            }
            if (x instanceof PyInstance inst && !(x instanceof PyBaseException) && !(x instanceof SyncObject)
                    && !inst.type().builtin) {
                PyInstance y = remember(x, new PyInstance(inst.type()));
                for (Map.Entry<String, PyObject> e : new ArrayList<>(inst.dict.entrySet())) {
                    y.dict.put(e.getKey(), copy(e.getValue()));
                }
                return y;
            }
            throw cannotCopy(x);
        }

        /** A tuple whose items all copy to themselves is its own copy, as in CPython. */
        private PyObject copyTuple(PyTuple t) {
            List<PyObject> items = new ArrayList<>();
            boolean same = true;
            for (PyObject item : t.items) {
                PyObject c = copy(item);
                same &= c == item;
                items.add(c);
            }
            PyObject already = remembered(t);
            if (already != null) {
                return already;
            }
            if (same) {
                return t;
            }
            PyObject[] copiedItems = items.toArray(new PyObject[0]);
            return remember(t, t instanceof NamedTuples.Value v ? new NamedTuples.Value(v.type(), copiedItems)
                    : PyTuple.of(copiedItems));
        }

        /** An empty dict of the same derived kind (its own copy method, applied to an emptied copy). */
        private PyDict emptyLike(PyDict d) {
            PyDict y = (PyDict) ctx.call(d.ownSpecial("copy"), d);
            y.map.clear();
            return y;
        }
    }
}
