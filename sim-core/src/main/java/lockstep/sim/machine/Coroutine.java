package lockstep.sim.machine;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyCoroutine;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.Types;

/**
 * The frames of one {@code async def} call. Awaited, its base frame runs on the awaiting thread like a call; sent to
 * (by an asyncio Task), it runs until a frame in it yields, when the frames from the base to the yielding one are
 * detached from the thread and kept here until the next send.
 */
final class Coroutine extends PyCoroutine {
    enum State { CREATED, RUNNING, SUSPENDED, CLOSED }

    final Frame base;
    State state = State.CREATED;
    /** While suspended: the innermost frame, which receives the sent value as the result of its yielding call. */
    Frame top;
    /** While suspended: how many frames lead from {@link #top} down to {@link #base}. */
    int frameCount;
    /**
     * The frame whose CALL made this coroutine, and the index of the instruction after that CALL, until the value
     * moves on: a POP_TOP right there drops the only reference to it (see {@link UnawaitedCoroutines}).
     */
    Frame madeIn;
    int madeBefore;

    Coroutine(Frame base) {
        this.base = base;
        base.coroutine = this;
    }

    @Override
    public String qualifiedName() {
        return base.code.qualifiedName;
    }

    @Override
    public String describe() {
        String where = base.code.fileName + ":";
        return switch (state) {
            case CLOSED -> base.code.qualifiedName + "() done, defined at " + where + base.code.firstLine;
            case CREATED -> base.code.qualifiedName + "() running at " + where + base.code.firstLine;
            default -> base.code.qualifiedName + "() running at " + where + base.currentLine();
        };
    }

    @Override
    public boolean isUnstarted() {
        return state == State.CREATED;
    }

    @Override
    public void close() {
        state = State.CLOSED;
        top = null;
    }

    /**
     * Suspends the coroutine being sent to: detaches the frames from {@code yielding} down to the base frame that
     * {@code send} entered, and hands {@code value} to the sender as send's result. Returns the sender's frame.
     */
    static Frame detach(SimThread t, Frame yielding, Frame boundary, PyObject value) {
        Frame base = yielding;
        int count = 1;
        while (base.returnMode != Frame.ReturnMode.SEND) {
            if (base == boundary || base.returnMode == Frame.ReturnMode.TO_JAVA || base.back == null) {
                throw Errors.raise(Types.RUNTIME_ERROR, "a coroutine can only suspend inside a Task (await it, or "
                        + "run it with asyncio)");
            }
            base = base.back;
            count++;
        }
        Coroutine c = base.coroutine;
        Frame sender = base.back;
        base.back = null;
        c.top = yielding;
        c.frameCount = count;
        c.state = State.SUSPENDED;
        t.frame = sender;
        t.depth -= count;
        t.currentTask = null;
        sender.stack[sender.sp++] = value;
        return sender;
    }

    /**
     * Runs this coroutine on {@code t} for the sender frame {@code sender}: first entry or resumption after a yield.
     * Returns the frame to continue in; when {@code thrown} is not null the caller raises it there.
     */
    Frame attach(SimThread t, Frame sender, PyObject value, PyBaseException thrown) {
        switch (state) {
            case RUNNING -> throw Errors.valueError("coroutine already executing");
            case CLOSED -> throw Errors.raise(Types.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            case CREATED -> {
                if (thrown != null) {
                    // Thrown into before it started: it ends at once, raising in the sender.
                    close();
                    return sender;
                }
                if (value != PyNone.NONE) {
                    throw Errors.typeError("can't send non-None value to a just-started coroutine");
                }
                top = base;
                frameCount = 1;
            }
            case SUSPENDED -> {
                if (thrown == null) {
                    top.stack[top.sp++] = value;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        state = State.RUNNING;
        t.currentTask = t.resumingTask;
        t.resumingTask = null;
        base.returnMode = Frame.ReturnMode.SEND;
        base.back = sender;
        t.frame = top;
        t.depth += frameCount;
        Frame resumed = top;
        top = null;
        return resumed;
    }

    /** What {@code send} raises when the coroutine returns {@code value}. */
    static PyBaseException stopIteration(PyObject value) {
        PyBaseException e = new PyBaseException(Types.STOP_ITERATION);
        e.args = value == PyNone.NONE ? PyTuple.of() : PyTuple.of(value);
        return e;
    }
}
