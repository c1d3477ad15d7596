package lockstep.sim.machine;

import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyGenerator;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.Types;

/**
 * The frame of one generator. Advanced, the frame is attached to the thread above the frame that advanced it and
 * runs there like a call; at a {@code yield} it is detached again and kept here until the next advance. Who advanced
 * it (the {@link Driver}) decides where a yielded or returned value goes.
 */
final class Generator extends PyGenerator {
    enum State { CREATED, SUSPENDED, RUNNING, CLOSED }

    /** What advanced the generator: where its next yield, return or escaping exception goes. */
    enum Driver {
        /** A {@code for} loop's FOR_ITER: a yield is the loop's next item, a return ends the loop. */
        FOR_LOOP,
        /** {@code next()}, {@code send}, {@code throw} or {@code close} called by the program: a return raises StopIteration. */
        CALL,
        /** An enclosing generator's {@code yield from}: a return is the value of the {@code yield from}. */
        DELEGATE,
        /** Java code (a built-in such as {@code list()} or {@code sum()}) runs the frame in a nested loop. */
        JAVA,
        /**
         * The {@code for} loop that owned it was left early and closes it: its return gives nothing, and an
         * exception it lets out is printed as ignored, as CPython's finalizer does; the loop's frame goes on.
         */
        DROPPED
    }

    final Frame frame;
    State state = State.CREATED;
    Driver driver;
    /** True while {@code close()} runs the frame: a yield then is an error, and GeneratorExit ends the close. */
    boolean closing;
    /** {@code next(gen, default)}'s default while that call advances the generator; null otherwise. */
    PyObject defaultValue;
    /** The value it last yielded (for narration, and to a {@link Driver#JAVA} driver), or returned to Java. */
    PyObject handOff;
    /**
     * True while library code advances it as a built-in would (an {@code _iterate} helper), or when it is a library
     * module's own generator (Executor.map's): its hand-offs are not the program's and are not told.
     */
    boolean untold;
    /**
     * While no one but the frame that made it has seen it: that frame (whose CALL made it), and the index of the
     * instruction after that CALL; null otherwise. A for loop whose GET_ITER is that instruction owns it.
     */
    Frame madeIn;
    int madeBefore;
    /** Made by a CALL whose value goes straight into a {@code for} statement's iterable (CALL_INTO_LOOP_FLAG). */
    boolean intoLoopCall;
    /** {@code madeIn}'s count of begun {@code for} statements then: only the next one to begin may own it. */
    int forLoopsBegunBefore;
    /**
     * True when a {@code for} loop made it and iterates it, so that loop holds the only reference: leaving the loop
     * early closes it then and there, as CPython does when the last reference goes.
     */
    boolean ownedByLoop;
    /** The exception its own except blocks are handling, kept while it is suspended (CPython's gi_exc_state). */
    PyBaseException ownHandled;
    /** While it runs: the exception the thread was handling when it was advanced, restored when it stops. */
    PyBaseException callerHandled;

    /** Its name in the trace: the function's qualified name and the generator's number in the run. */
    final String label;

    Generator(Frame frame, int number) {
        this.frame = frame;
        this.label = frame.code.qualifiedName + "#" + number;
        frame.generator = this;
    }

    @Override
    public String qualifiedName() {
        return frame.code.qualifiedName;
    }

    @Override
    public String name() {
        return frame.code.name;
    }

    @Override
    public boolean isAsync() {
        return frame.code.isCoroutine;
    }

    @Override
    public boolean isRunning() {
        return state == State.RUNNING;
    }

    /** Suspended inside a {@code yield from}: the frame stopped at the YIELD_VALUE that follows a SEND. */
    boolean delegating() {
        return state == State.SUSPENDED && frame.pc >= 2
                && frame.code.opcodes[frame.pc - 2] == lockstep.sim.compile.Opcode.SEND;
    }

    /** The iterator a {@code yield from} delegates to, while {@link #delegating}. */
    PyObject delegate() {
        return frame.stack[frame.sp - 1];
    }

    /** A built-in iterating the generator: runs it in a nested loop until it yields (null once it has returned). */
    @Override
    public PyObject next(CallContext ctx) {
        if (!(ctx instanceof ThreadContext thread)) {
            throw Errors.raise(Types.RUNTIME_ERROR, "a generator can only run on a simulated thread");
        }
        return thread.interpreter().generators.runFromJava(this, MachineRequest.Advance.How.SEND, PyNone.NONE, null);
    }
}
