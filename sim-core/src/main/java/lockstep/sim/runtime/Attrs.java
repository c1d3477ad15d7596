package lockstep.sim.runtime;

/** Attribute access: instance dicts, the class chain, modules, and the methods of built-in types. */
public final class Attrs {
    private Attrs() {}

    public static PyObject get(CallContext ctx, PyObject o, String name) {
        if (o instanceof PyThreadLocal local) {
            PyObject own = local.attributesFor(ctx).get(name);
            if (own != null) {
                return own;
            }
        }
        if (o instanceof PyInstance inst) {
            PyObject d = o.type().lookup(name);
            if (d != null && Descriptors.isDescriptor(d) && (Descriptors.isData(d) || !inst.dict.containsKey(name))) {
                return Descriptors.get(ctx, d, o, o.type(), name);
            }
        } else if (o instanceof PyType t) {
            PyObject d = t.lookup(name);
            if (d instanceof PyInstance && Descriptors.isDescriptor(d)) {
                return Descriptors.get(ctx, d, null, t, name);
            }
        } else if (o instanceof PySuper s && s.startAfter.base != null) {
            PyObject d = s.startAfter.base.lookup(name);
            if (d != null && Descriptors.isDescriptor(d)) { // super().prop runs the base's getter
                boolean onClass = s.self instanceof PyType;
                return Descriptors.get(ctx, d, onClass ? null : s.self, onClass ? (PyType) s.self : s.self.type(),
                        name);
            }
        }
        if (o instanceof PyDict d && d.ownSpecial(name) instanceof PyProperty p) {
            return ctx.call(p.getter, o);
        }
        if (o instanceof PyTuple t && t.ownSpecial(name) instanceof PyProperty p) {
            return ctx.call(p.getter, o);
        }
        PyObject v = find(o, name);
        if (v != null) {
            return v;
        }
        if (o instanceof PyInstance) {
            PyObject getattr = o.type().lookup("__getattr__");
            if (getattr != null) {
                return ctx.call(getattr, o, PyStr.of(name));
            }
        }
        throw Suggestions.withContext(missing(o, name), o, name);
    }

    /** The attribute, or null when it does not exist (for {@code hasattr} and {@code getattr} with a default). */
    public static PyObject find(PyObject o, String name) {
        if (o instanceof PyInstance inst) {
            PyObject v = inst.dict.get(name);
            if (v != null) {
                return v;
            }
            if (o instanceof PyBaseException e) {
                PyObject groupField = ExceptionGroups.field(e, name);
                if (groupField != null) {
                    return groupField;
                }
                switch (name) {
                    case "args":
                        return e.args;
                    case "__cause__":
                        return e.cause == null ? PyNone.NONE : e.cause;
                    case "__context__":
                        return e.context == null ? PyNone.NONE : e.context;
                    case "__suppress_context__":
                        return PyBool.of(e.cause != null || e.suppressContext);
                    case "value":
                        if (e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                            return e.args.items.length > 0 ? e.args.items[0] : PyNone.NONE;
                        }
                        break;
                    default:
                        break;
                }
            }
            if (name.equals("__class__")) {
                return o.type();
            }
            if (name.equals("__dict__")) {
                PyDict d = new PyDict();
                inst.dict.forEach((k, val) -> d.map.put(PyStr.of(k), val));
                return d;
            }
            return bindFromType(o, o.type(), name);
        }
        if (o instanceof PyModule m) {
            PyObject v = m.dict.get(name);
            if (v == null && name.equals("__name__")) {
                return PyStr.of(m.name);
            }
            return v;
        }
        if (o instanceof PyType t) {
            PyObject v = t.lookup(name);
            if (v instanceof PyStaticMethod || v instanceof PyClassMethod) {
                return bind(t, v);
            }
            if (v != null) {
                return v;
            }
            return switch (name) {
                case "__name__", "__qualname__" -> PyStr.of(t.name);
                case "__module__" -> PyStr.of(t.module);
                case "__base__" -> t.base == null ? PyNone.NONE : t.base;
                case "__mro__" -> PyTuple.of(t.mro().toArray(new PyObject[0]));
                case "__dict__" -> typeDict(t);
                case "__doc__" -> PyNone.NONE;
                default -> t.metaclass == null ? null : bindFromType(t, t.metaclass, name);
            };
        }
        if (o instanceof PySuper s) {
            PyType start = s.startAfter.base;
            if (start == null) {
                return null;
            }
            PyObject v = start.lookup(name);
            return v == null ? null : bind(s.self, v);
        }
        if (o instanceof PyFunction f) {
            return FunctionAttrs.get(f, name);
        }
        PyObject field = Descriptors.field(o, name);
        if (field != null) {
            return field;
        }
        if (o instanceof PyNativeFunction n) {
            return name.equals("__name__") ? PyStr.of(n.name) : null;
        }
        if (o instanceof PyGenerator g && g.attribute(name) != null) {
            return g.attribute(name);
        }
        if (o instanceof PyCoroutine c && c.attribute(name) != null) {
            return c.attribute(name);
        }
        if (o instanceof PyBoundMethod m) {
            if (name.equals("__self__")) {
                return m.self;
            }
            if (name.equals("__func__")) {
                return m.function;
            }
            return find(m.function, name);
        }
        if (name.equals("__class__")) {
            return o.type();
        }
        if (o instanceof PyRange r) {
            switch (name) {
                case "start":
                    return PyInt.of(r.start);
                case "stop":
                    return PyInt.of(r.stop);
                case "step":
                    return PyInt.of(r.step);
                default:
                    break;
            }
        }
        if (o instanceof PyInt i && !(o instanceof PyBool) && (name.equals("real") || name.equals("numerator"))) {
            return i;
        }
        if (o instanceof PyFloat f && name.equals("real")) {
            return f;
        }
        return bindFromType(o, o.type(), name);
    }

    /** A copy of a class's own namespace (CPython gives a read-only mappingproxy of it). */
    private static PyDict typeDict(PyType t) {
        PyDict d = new PyDict();
        t.dict.forEach((k, v) -> d.map.put(PyStr.of(k), v));
        return d;
    }

    private static PyObject bindFromType(PyObject self, PyType type, String name) {
        PyObject v = type.lookup(name);
        return v == null ? null : bind(self, v);
    }

    /** Functions found on a class become methods bound to the instance; other attributes are returned as they are. */
    public static PyObject bind(PyObject self, PyObject v) {
        if (v instanceof PyFunction || v instanceof PyNativeFunction) {
            return new PyBoundMethod(self, v);
        }
        if (v instanceof PyStaticMethod s) {
            return s.function;
        }
        if (v instanceof PyClassMethod c) {
            return new PyBoundMethod(self instanceof PyType ? self : self.type(), c.function);
        }
        return v;
    }

    /**
     * For a call {@code o.name(...)}: the function to call with {@code o} prepended, or null when the attribute is
     * not a method found on the type (then {@link #get} gives the callable). Saves allocating a bound method.
     */
    public static PyObject findMethod(PyObject o, String name) {
        if (o instanceof PyThreadLocal) {
            return null;
        }
        if (o instanceof PyInstance && Descriptors.isDescriptor(o.type().lookup(name))) {
            return null;
        }
        if (o instanceof PyInstance inst) {
            if (inst.dict.containsKey(name)) {
                return null;
            }
        } else if (o instanceof PyModule || o instanceof PyType || o instanceof PySuper) {
            return null;
        }
        PyObject v = o.type().lookup(name);
        return v instanceof PyFunction || v instanceof PyNativeFunction ? v : null;
    }

    public static void set(CallContext ctx, PyObject o, String name, PyObject value) {
        if (o instanceof PyThreadLocal local) {
            local.attributesFor(ctx).put(name, value);
            return;
        }
        if (o instanceof PyInstance) {
            PyObject setattr = o.type().lookup("__setattr__");
            if (setattr != null && !(setattr instanceof PyNativeFunction)) {
                ctx.call(setattr, o, PyStr.of(name), value);
                return;
            }
            setPlain(ctx, o, name, value);
            return;
        }
        if (o instanceof PyType t && !t.builtin) {
            t.dict.put(name, value);
            return;
        }
        if (o instanceof PyFunction f) {
            FunctionAttrs.set(f, name, value);
            return;
        }
        if (o instanceof PyModule m && !m.name.equals("builtins")) {
            m.dict.put(name, value);
            return;
        }
        if (o instanceof PyType t) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
        }
        if (o instanceof PyTuple t && t.ownSpecial(name) instanceof PyProperty p) {
            if (p.setter != null) {
                // A struct sequence's field says why it cannot be set ("readonly attribute").
                ctx.call(p.setter, o, value);
                return;
            }
            throw Errors.attributeError("can't set attribute");
        }
        if (find(o, name) != null) {
            throw Errors.attributeError("'" + o.type().name + "' object attribute '" + name + "' is read-only");
        }
        throw Errors.attributeError("'" + o.type().name + "' object has no attribute '" + name + "'");
    }

    /** {@code object.__setattr__}: through a data descriptor, else into the instance dict; no {@code __setattr__}. */
    public static void setPlain(CallContext ctx, PyObject o, String name, PyObject value) {
        if (!(o instanceof PyInstance inst) || o instanceof PyThreadLocal) {
            set(ctx, o, name, value);
            return;
        }
        PyObject d = o.type().lookup(name);
        if (d != null && Descriptors.isData(d) && Descriptors.set(ctx, d, o, name, value)) {
            return;
        }
        if (o instanceof PyBaseException e && name.equals("args")) {
            e.args = PyTuple.of(Items.toList(ctx, value));
            return;
        }
        inst.dict.put(name, value);
    }

    public static void delete(CallContext ctx, PyObject o, String name) {
        if (o instanceof PyThreadLocal local && local.attributesFor(ctx).remove(name) != null) {
            return;
        }
        if (o instanceof PyInstance inst) {
            PyObject delattr = o.type().lookup("__delattr__");
            if (delattr != null && !(delattr instanceof PyNativeFunction)) {
                ctx.call(delattr, o, PyStr.of(name));
                return;
            }
            PyObject d = o.type().lookup(name);
            if (d != null && Descriptors.isData(d) && Descriptors.delete(ctx, d, o, name)) {
                return;
            }
            if (inst.dict.remove(name) != null) {
                return;
            }
        }
        if (o instanceof PyFunction f && f.removeAttribute(name) != null) {
            return;
        }
        if (o instanceof PyType t && t.builtin) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
        }
        if (o instanceof PyType t && t.dict.remove(name) != null) {
            return;
        }
        if (o instanceof PyModule m && m.dict.remove(name) != null) {
            return;
        }
        if (o instanceof PyTuple t && t.ownSpecial(name) instanceof PyProperty p && p.deleter != null) {
            ctx.call(p.deleter, o);
            return;
        }
        throw missing(o, name);
    }

    public static PyRaise missing(PyObject o, String name) {
        if (o instanceof PyType t) {
            return Errors.attributeError("type object '" + t.name + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyModule m) {
            return Errors.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
        }
        return Errors.attributeError("'" + o.type().name + "' object has no attribute '" + name + "'");
    }
}
