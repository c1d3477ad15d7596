package lockstep.sim.runtime;

/**
 * A coroutine, made by calling an {@code async def}: its frames run when it is awaited or sent to, and stay
 * suspended, detached from any thread, while it waits. The machine holds the frames; this is what values see.
 */
public abstract class PyCoroutine extends PyObject implements Forkable {
    /** The {@code async def}'s qualified name, for the repr. */
    public abstract String qualifiedName();

    /**
     * CPython's {@code asyncio.coroutines._format_coroutine}: {@code spin() running at prog.py:12}, or once it has
     * ended {@code spin() done, defined at prog.py:4}.
     */
    public abstract String describe();

    /** Its name attributes ({@code __name__}, {@code __qualname__}), else null. */
    public PyObject attribute(String name) {
        String qualified = qualifiedName();
        return switch (name) {
            case "__qualname__" -> PyStr.of(qualified);
            case "__name__" -> PyStr.of(qualified.substring(qualified.lastIndexOf('.') + 1));
            default -> null;
        };
    }

    /** True before its first step. */
    public abstract boolean isUnstarted();

    /** Closes a coroutine without running it further (its pending {@code finally} blocks are not run). */
    public abstract void close();

    @Override
    public PyObject copyFor(ObjectCopier copier) {
        throw Errors.raise(Types.RUNTIME_ERROR, "cannot fork while a coroutine exists (asyncio and fork do not mix here)");
    }

    @Override
    public PyType type() {
        return Types.COROUTINE;
    }
}
