package lockstep.sim.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (CPython 3.11): an exception carrying a message and a
 * non-empty tuple of exceptions, kept in {@link PyInstance#nativeState}; {@code split} and {@code subgroup} by a type,
 * a tuple of types or a predicate, and the derived groups, which keep the original's traceback, cause and context.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    public static boolean isGroup(PyObject e) {
        return e instanceof PyBaseException b && b.nativeState instanceof PyTuple
                && b.type().isSubtypeOf(Types.BASE_EXCEPTION_GROUP);
    }

    /** The group's exceptions. */
    public static PyTuple exceptions(PyBaseException group) {
        return (PyTuple) group.nativeState;
    }

    public static String message(PyBaseException group) {
        return group.args.items[0] instanceof PyStr s ? s.value : "";
    }

    /**
     * {@code BaseExceptionGroup(message, exceptions)} checked as CPython checks it; a BaseExceptionGroup of nothing
     * but Exceptions is made an ExceptionGroup.
     */
    public static PyBaseException create(CallContext ctx, PyType type, PyObject[] args) {
        String name = "BaseExceptionGroup.__new__()";
        if (args.length != 2) {
            throw Errors.typeError(name + " takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw Errors.typeError(name + " argument 1 must be str, not " + args[0].type().name);
        }
        if (!(args[1] instanceof PyList || args[1] instanceof PyTuple)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        List<PyObject> items = Items.toList(ctx, args[1]);
        if (items.isEmpty()) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyBaseException item)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= item.type().isSubtypeOf(Types.EXCEPTION);
        }
        PyType made = type;
        if (type == Types.BASE_EXCEPTION_GROUP && allExceptions) {
            made = Types.EXCEPTION_GROUP;
        } else if (type.isSubtypeOf(Types.EXCEPTION) && !allExceptions) {
            throw Errors.typeError(type == Types.EXCEPTION_GROUP ? "Cannot nest BaseExceptions in an ExceptionGroup"
                    : "Cannot nest BaseExceptions in '" + type.name + "'");
        }
        PyBaseException group = new PyBaseException(made);
        group.args = PyTuple.of(args);
        group.nativeState = PyTuple.of(items);
        return group;
    }

    /** {@code str(group)}: {@code message (n sub-exceptions)}. */
    static String str(CallContext ctx, PyBaseException group) {
        int n = exceptions(group).items.length;
        return message(group) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** {@code message} and {@code exceptions}; null for any other name or a plain exception. */
    static PyObject field(PyBaseException e, String name) {
        if (!isGroup(e)) {
            return null;
        }
        return switch (name) {
            case "message" -> e.args.items[0];
            case "exceptions" -> exceptions(e);
            default -> null;
        };
    }

    /** What a split or subgroup tests each exception (and group) with: a type, a tuple of types or a predicate. */
    public static java.util.function.Predicate<PyBaseException> condition(CallContext ctx, PyObject condition) {
        if (condition instanceof PyType || condition instanceof PyTuple) {
            checkTypes(condition);
            return e -> matchesType(e, condition);
        }
        if (condition instanceof PyFunction || condition instanceof PyBoundMethod
                || condition instanceof PyNativeFunction) {
            return e -> Ops.truthy(ctx, ctx.call(condition, e));
        }
        throw Errors.typeError("expected an exception type, a tuple of exception types, or a callable (other than a "
                + "class)");
    }

    private static void checkTypes(PyObject condition) {
        if (condition instanceof PyTuple t) {
            for (PyObject item : t.items) {
                checkTypes(item);
            }
        } else if (!(condition instanceof PyType cls) || !cls.isSubtypeOf(Types.BASE_EXCEPTION)) {
            throw Errors.typeError("expected an exception type, a tuple of exception types, or a callable (other "
                    + "than a class)");
        }
    }

    private static boolean matchesType(PyBaseException e, PyObject condition) {
        if (condition instanceof PyTuple t) {
            for (PyObject item : t.items) {
                if (matchesType(e, item)) {
                    return true;
                }
            }
            return false;
        }
        return e.type().isSubtypeOf((PyType) condition);
    }

    /** {@code group.split(condition)}: the matching part and the rest, each null when empty. */
    public static PyBaseException[] split(CallContext ctx, PyBaseException group,
                                          java.util.function.Predicate<PyBaseException> condition) {
        if (condition.test(group)) {
            return new PyBaseException[] {group, null};
        }
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject item : exceptions(group).items) {
            PyBaseException e = (PyBaseException) item;
            if (isGroup(e)) {
                PyBaseException[] parts = split(ctx, e, condition);
                if (parts[0] != null) {
                    matched.add(parts[0]);
                }
                if (parts[1] != null) {
                    rest.add(parts[1]);
                }
            } else if (condition.test(e)) {
                matched.add(e);
            } else {
                rest.add(e);
            }
        }
        return new PyBaseException[] {derive(ctx, group, matched), derive(ctx, group, rest)};
    }

    /** A group like {@code group} (same message, traceback, cause and context) of other exceptions; null if none. */
    public static PyBaseException derive(CallContext ctx, PyBaseException group, List<PyObject> items) {
        if (items.isEmpty()) {
            return null;
        }
        PyBaseException derived = create(ctx, Types.BASE_EXCEPTION_GROUP,
                new PyObject[] {group.args.items[0], new PyList(new ArrayList<>(items), true)});
        derived.traceback.addAll(group.traceback);
        derived.cause = group.cause;
        derived.context = group.context;
        derived.suppressContext = true; // CPython copies the cause with PyException_SetCause, which sets it
        return derived;
    }

    /** Every exception inside {@code e} that is not itself a group (e itself when it is not one). */
    public static void leaves(PyBaseException e, List<PyBaseException> into) {
        if (!isGroup(e)) {
            into.add(e);
            return;
        }
        for (PyObject item : exceptions(e).items) {
            leaves((PyBaseException) item, into);
        }
    }
}
