package lockstep.sim.runtime;

/**
 * What an async generator's {@code __anext__()}, {@code asend(v)}, {@code athrow(e)} or {@code aclose()} returns:
 * an awaitable that, awaited, advances the generator on the awaiting thread until its next {@code yield} (the
 * await's value) or its end ({@code StopAsyncIteration}). It may be awaited once.
 */
public final class AsyncGenStep extends PyObject {
    public final PyGenerator generator;
    public final MachineRequest.Advance.How how;
    public final PyObject value;
    public final PyBaseException thrown;
    /** {@code anext(agen, default)}'s default; null when there is none. */
    public final PyObject defaultValue;
    /** Set once it has been awaited. */
    public boolean awaited;

    public AsyncGenStep(PyGenerator generator, MachineRequest.Advance.How how, PyObject value, PyBaseException thrown,
                        PyObject defaultValue) {
        this.generator = generator;
        this.how = how;
        this.value = value;
        this.thrown = thrown;
        this.defaultValue = defaultValue;
    }

    @Override
    public PyType type() {
        return how == MachineRequest.Advance.How.THROW || how == MachineRequest.Advance.How.CLOSE
                ? Types.ASYNC_GENERATOR_ATHROW : Types.ASYNC_GENERATOR_ASEND;
    }
}
