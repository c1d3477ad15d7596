package lockstep.sim.runtime;

/**
 * A {@code zip}, {@code map}, {@code enumerate} or {@code filter} object built over items that come from program
 * code (a generator, a class's {@code __next__}). Its items are computed by a generator of the library module
 * {@code _iterate}, its engine, which the machine advances on the thread's frames as it advances any generator — so
 * the thread may wait inside — while the program sees an object of the built-in's own type, repr and methods.
 */
public final class EngineIterator extends ProgramIterator {
    private final PyType type;
    private final PyGenerator engine;
    private final PyObject[] arguments;

    /** {@code arguments}: what the built-in was given (its iterables among them), as the engine was. */
    public EngineIterator(PyType type, PyGenerator engine, PyObject[] arguments) {
        this.type = type;
        this.engine = engine;
        this.arguments = arguments;
    }

    /** The generator that computes the items. */
    public PyGenerator engine() {
        return engine;
    }

    /** The built-in's arguments, in order: the iterables it holds, and the function, start or strict flag. */
    public PyObject argument(int index) {
        return arguments[index];
    }

    public int argumentCount() {
        return arguments.length;
    }

    /**
     * A built-in iterating it from Java: the engine runs in a nested loop. A StopIteration it lets out (one the
     * function of a map raised) ends the iteration, as from CPython's C iterator.
     */
    @Override
    public PyObject next(CallContext ctx) {
        try {
            return engine.next(ctx);
        } catch (PyRaise r) {
            if (r.exception.type().isSubtypeOf(Types.STOP_ITERATION)) {
                return null;
            }
            throw r;
        }
    }

    @Override
    public PyType type() {
        return type;
    }
}
