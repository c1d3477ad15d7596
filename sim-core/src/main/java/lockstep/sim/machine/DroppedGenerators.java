package lockstep.sim.machine;

import lockstep.sim.runtime.MachineRequest.Advance.How;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;

/**
 * The generators a {@code for} loop owns: made by the call its {@code for} statement iterates (or a generator
 * expression written there) and seen by nothing else, so the loop's reference is CPython's only one. When the loop
 * is left early — {@code break}, {@code return}, an exception — that reference goes, and CPython closes the generator
 * at once: its {@code finally} and {@code with} blocks run then, before the code after the loop. Without reference
 * counting, this is the one drop that is certain; any other (a name rebound, a container emptied) is not followed.
 */
final class DroppedGenerators {
    private final Interpreter interpreter;
    private final GeneratorSwitch generators;

    DroppedGenerators(Interpreter interpreter, GeneratorSwitch generators) {
        this.interpreter = interpreter;
        this.generators = generators;
    }

    /**
     * {@code GET_ITER} of a {@code for} statement in frame {@code f}: a generator that the CALL just before made
     * itself has been seen by no one else, so the loop owns it.
     */
    void takeIntoLoop(Frame f) {
        if (f.stack[f.sp - 1] instanceof Generator g && g.madeIn != null) {
            g.ownedByLoop = g.madeIn == f && g.madeBefore == f.pc - 1 && g.state == Generator.State.CREATED;
            g.madeIn = null;
        }
    }

    /**
     * {@code break} or {@code return} leaves a {@code for} loop in frame {@code f}: pops its iterator, and closes a
     * generator the loop owned on the thread's frames (so the thread may wait in its {@code finally}). Returns the
     * frame to continue in.
     */
    Frame loopLeft(Frame f) {
        PyObject iterator = f.stack[--f.sp];
        f.stack[f.sp] = null;
        if (iterator instanceof Generator g && g.ownedByLoop && g.state == Generator.State.SUSPENDED) {
            return generators.resume(f, g, Generator.Driver.DROPPED, How.CLOSE, PyNone.NONE, null, null);
        }
        return f;
    }

    /**
     * An exception unwinds frame {@code f} past {@code for} loops, dropping its stack slots from {@code from} up: a
     * generator one of them owned is closed at once, innermost first, in a nested loop (the thread cannot wait in
     * its {@code finally} there).
     */
    void closeDropped(Frame f, int from) {
        for (int i = f.sp - 1; i >= from; i--) {
            if (f.stack[i] instanceof Generator g && g.ownedByLoop && g.state == Generator.State.SUSPENDED) {
                try {
                    generators.runFromJava(g, How.CLOSE, PyNone.NONE, null);
                } catch (PyRaise r) {
                    reportIgnored(g, r.exception, f);
                }
            }
        }
    }

    /**
     * CPython's "Exception ignored in: <generator ...>": what an exception escaping a dropped generator's close
     * prints to stderr, with its own frames only (or, having none, the line that dropped it); the program goes on.
     */
    void reportIgnored(Generator g, PyBaseException e, Frame droppedIn) {
        if (e.traceback.isEmpty()) {
            Unwinder.addEntry(e, droppedIn);
        }
        Machine machine = interpreter.machine;
        machine.writeError("Exception ignored in: " + Ops.repr(interpreter.context, g) + "\n"
                + Traceback.formatUnchained(e, interpreter.describe(e), machine.source()) + "\n");
    }
}
