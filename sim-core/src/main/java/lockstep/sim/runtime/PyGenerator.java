package lockstep.sim.runtime;

/**
 * A generator, made by calling a function that contains {@code yield} (or by a generator expression): an iterator
 * whose frame runs on the thread that advances it and stays suspended, detached from any thread, between items.
 * The machine holds the frame; this is what values and the natives see.
 */
public abstract class PyGenerator extends ProgramIterator {
    /** The function's qualified name, for the repr ({@code <generator object f at 0x...>}). */
    public abstract String qualifiedName();

    /** The function's name ({@code __name__}). */
    public abstract String name();

    /** {@code gi_running}: true while its frame executes. */
    public abstract boolean isRunning();

    /** True for an async generator ({@code async def} with {@code yield}): advanced by awaiting, not iterated. */
    public abstract boolean isAsync();

    /** Its attributes that are not methods ({@code __name__}, {@code __qualname__}, {@code gi_running}); else null. */
    public PyObject attribute(String name) {
        return switch (name) {
            case "__name__" -> PyStr.of(name());
            case "__qualname__" -> PyStr.of(qualifiedName());
            case "gi_running", "ag_running" -> PyBool.of(isRunning());
            default -> null;
        };
    }

    @Override
    public PyObject copyFor(ObjectCopier copier) {
        throw Errors.raise(Types.RUNTIME_ERROR, "cannot fork while a generator exists (generators are not copied "
                + "into a forked process)");
    }

    @Override
    public PyType type() {
        return isAsync() ? Types.ASYNC_GENERATOR : Types.GENERATOR;
    }
}
