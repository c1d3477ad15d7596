package lockstep.sim.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What a {@code try ... except*} does with the exception it caught, as CPython 3.11: a plain exception is wrapped
 * in an {@code ExceptionGroup('', (exc,))}; each clause splits off the part its types match and runs with it; at
 * the end, what the clauses raised and what no clause matched (or a bare {@code raise} gave back) are raised again:
 * the unhandled part of the original group alone, a single raised exception as it is, or a new
 * {@code ExceptionGroup('', [raised..., unhandled])}.
 * The compiler calls these natives, keeping the {@link State} on the stack.
 */
public final class ExceptStar {
    private ExceptStar() {}

    /** {@code begin(exc)}: the state of one except* statement handling {@code exc}. */
    public static final PyNativeFunction BEGIN = new PyNativeFunction("except* begin",
            (ctx, a, kw) -> new State(ctx, (PyBaseException) a[0]));

    /** {@code match(state, types)}: True when the clause for {@code types} has a part to handle, kept as current. */
    public static final PyNativeFunction MATCH = new PyNativeFunction("except* match",
            (ctx, a, kw) -> PyBool.of(((State) a[0]).match(ctx, a[1])));

    /** {@code current(state)}: the part the matching clause handles, bound to its name. */
    public static final PyNativeFunction CURRENT = new PyNativeFunction("except* current",
            (ctx, a, kw) -> ((State) a[0]).current);

    /** {@code raised(exc, state)}: a clause ended by raising {@code exc} (its own part again, for a bare raise). */
    public static final PyNativeFunction RAISED = new PyNativeFunction("except* raised", (ctx, a, kw) -> {
        ((State) a[1]).raised((PyBaseException) a[0]);
        return PyNone.NONE;
    });

    /** {@code end(state)}: the exception to raise again once every clause ran, or None. */
    public static final PyNativeFunction END = new PyNativeFunction("except* end",
            (ctx, a, kw) -> ((State) a[0]).end(ctx));

    /** One except* statement's handling of one exception. */
    static final class State extends PyObject {
        private static final PyType TYPE = frozenType();

        private final PyBaseException original;
        private final boolean naked;
        private PyBaseException rest;
        private PyBaseException current;
        private final List<PyObject> raised = new ArrayList<>();
        private final Set<PyBaseException> reraised = Collections.newSetFromMap(new IdentityHashMap<>());

        State(CallContext ctx, PyBaseException caught) {
            original = caught;
            naked = !ExceptionGroups.isGroup(caught);
            if (naked) {
                rest = ExceptionGroups.create(ctx, Types.BASE_EXCEPTION_GROUP,
                        new PyObject[] {PyStr.EMPTY, PyTuple.of(caught)});
                rest.traceback.addAll(caught.traceback);
            } else {
                rest = caught;
            }
        }

        private static PyType frozenType() {
            PyType t = new PyType("except* state", Types.OBJECT, true, "builtins");
            t.freeze();
            return t;
        }

        boolean match(CallContext ctx, PyObject types) {
            checkTypes(types);
            current = null;
            if (rest == null) {
                return false;
            }
            if (naked) { // CPython wraps a plain exception only once it matches: the clause gets the whole wrapper
                if (ExceptionGroups.condition(ctx, types).test(original)) {
                    current = rest;
                    rest = null;
                }
                return current != null;
            }
            PyBaseException[] parts = ExceptionGroups.split(ctx, rest, ExceptionGroups.condition(ctx, types));
            current = parts[0];
            rest = parts[1];
            return current != null;
        }

        private static void checkTypes(PyObject types) {
            if (types instanceof PyTuple t) {
                for (PyObject item : t.items) {
                    checkTypes(item);
                }
                return;
            }
            if (!(types instanceof PyType cls) || !cls.isSubtypeOf(Types.BASE_EXCEPTION)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            if (cls.isSubtypeOf(Types.BASE_EXCEPTION_GROUP)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }

        void raised(PyBaseException e) {
            if (e == current) {
                List<PyBaseException> leaves = new ArrayList<>();
                ExceptionGroups.leaves(e, leaves);
                reraised.addAll(leaves);
            } else {
                raised.add(e);
            }
        }

        PyObject end(CallContext ctx) {
            Set<PyBaseException> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            keep.addAll(reraised);
            if (rest != null) {
                List<PyBaseException> leaves = new ArrayList<>();
                ExceptionGroups.leaves(rest, leaves);
                keep.addAll(leaves);
            }
            PyBaseException kept = null;
            if (!keep.isEmpty()) {
                kept = naked ? original : ExceptionGroups.split(ctx, original, keep::contains)[0];
            }
            if (raised.isEmpty()) {
                return kept == null ? PyNone.NONE : kept;
            }
            List<PyObject> items = new ArrayList<>(raised);
            if (kept != null) {
                items.add(kept);
            }
            if (naked || items.size() == 1) { // one exception goes on as it is, as CPython's PrepReraiseStar
                return items.get(0);
            }
            return ExceptionGroups.create(ctx, Types.BASE_EXCEPTION_GROUP,
                    new PyObject[] {PyStr.EMPTY, new PyList(new ArrayList<>(items), true)});
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
