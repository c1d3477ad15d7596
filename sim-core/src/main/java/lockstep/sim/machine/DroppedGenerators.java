package lockstep.sim.machine;

import lockstep.sim.compile.Opcode;
import lockstep.sim.runtime.EngineIterator;
import lockstep.sim.runtime.MachineRequest.Advance.How;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;

/**
 * The generators a {@code for} loop owns: made by the call its {@code for} statement iterates, by a generator
 * expression written there, or by a call written as an argument of that call or as that generator expression's
 * source when the call makes a zip, map, enumerate or filter — in every case seen by nothing else, so the loop's
 * reference is, through that object, CPython's only one. When the loop is left early ({@code break}, {@code
 * return}, an exception) that reference goes and CPython closes them at once: their {@code finally} and {@code with}
 * blocks run then, before the code after the loop. Without reference counting this is the one drop that is certain;
 * any other (a name rebound, a container emptied) is not followed.
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
     * itself has been seen by no one else, so the loop owns it (and a generator expression's source with it).
     */
    void takeIntoLoop(Frame f) {
        if (f.stack[f.sp - 1] instanceof Generator g && g.madeIn != null) {
            g.ownedByLoop = g.madeIn == f && g.madeBefore == f.pc - 1 && g.state == Generator.State.CREATED;
            g.madeIn = null;
            if (g.ownedByLoop) {
                claimExpressionSource(f, g);
            }
        }
        // A generator made for this loop and not claimed by now went elsewhere (a list(), a function): never later.
        f.forLoopsBegun++;
    }

    /**
     * A zip, map, enumerate or filter over program code was made in frame {@code f}: when it goes straight into a
     * {@code for} statement (the next instruction is its GET_ITER), the loop owns the generators among its arguments
     * that calls written there made for it.
     */
    void claimArguments(Frame f, EngineIterator lazy) {
        if (f.pc < f.code.opcodes.length && f.code.opcodes[f.pc] == Opcode.GET_ITER
                && f.code.args[f.pc] == Opcode.FOR_LOOP_ITERATOR) {
            for (int i = 0; i < lazy.argumentCount(); i++) {
                claim(f, lazy.argument(i));
            }
        }
    }

    /**
     * A generator a CALL flagged CALL_INTO_LOOP_FLAG made in frame {@code f} for the {@code for} statement about to
     * begin there (none began since), not yet started: the loop's now.
     */
    private void claim(Frame f, PyObject source) {
        if (source instanceof Generator g && g.intoLoopCall && g.madeIn == f && g.state == Generator.State.CREATED
                && g.forLoopsBegunBefore == f.forLoopsBegun) {
            g.ownedByLoop = true;
            g.madeIn = null;
            claimExpressionSource(f, g);
        }
    }

    /** A generator expression's source (its {@code .0}), when a call written there made it. */
    private void claimExpressionSource(Frame f, Generator g) {
        if (isGeneratorExpression(g)) {
            claim(f, g.frame.locals[0]);
        }
    }

    private static boolean isGeneratorExpression(Generator g) {
        String[] locals = g.frame.code.localNames;
        return locals.length > 0 && locals[0].equals(".0");
    }

    /**
     * The next generator to close when the loop drops {@code dropped}, in CPython's order: a zip or map's iterables
     * from the last to the first. A generator expression's source comes before the expression itself, which CPython
     * closes first; but that close runs no code of the program, so the source's may run on the thread's frames.
     * Null when none is left.
     */
    private static Generator nextToClose(PyObject dropped) {
        if (dropped instanceof Generator g) {
            if (g.ownedByLoop && isGeneratorExpression(g)) {
                Generator source = nextToClose(g.frame.locals[0]);
                if (source != null) {
                    return source;
                }
            }
            return g.ownedByLoop && g.state == Generator.State.SUSPENDED ? g : null;
        }
        if (dropped instanceof EngineIterator lazy) {
            for (int i = lazy.argumentCount() - 1; i >= 0; i--) {
                Generator g = nextToClose(lazy.argument(i));
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * {@code break} or {@code return} leaves a {@code for} loop in frame {@code f}: pops its iterator, closing the
     * generators the loop owned one by one on the thread's frames (so the thread may wait in a {@code finally}):
     * while one is left, the iterator stays and this POP_TOP runs again once that close is over. Returns the frame
     * to continue in.
     */
    Frame loopLeft(Frame f) {
        PyObject iterator = f.stack[f.sp - 1];
        Generator g = nextToClose(iterator);
        if (g == null) {
            f.stack[--f.sp] = null;
            return f;
        }
        g.ownedByLoop = false;
        f.pc--;
        return generators.resume(f, g, Generator.Driver.DROPPED, How.CLOSE, PyNone.NONE, null, null);
    }

    /**
     * An exception unwinds frame {@code f} past {@code for} loops, dropping its stack slots from {@code from} up: the
     * generators they owned are closed at once, innermost first, in a nested loop (the thread cannot wait in their
     * {@code finally} there).
     */
    void closeDropped(Frame f, int from) {
        for (int i = f.sp - 1; i >= from; i--) {
            closeNested(f, f.stack[i]);
        }
    }

    /**
     * A {@code for} loop in frame {@code f} over a zip, map, enumerate or filter ended because it was exhausted: a
     * generator it owned may still be suspended (a zip's longer iterable), and is closed now, nested.
     */
    void loopExhausted(Frame f, PyObject iterator) {
        if (iterator instanceof EngineIterator) {
            closeNested(f, iterator);
        }
    }

    private void closeNested(Frame f, PyObject dropped) {
        for (Generator g = nextToClose(dropped); g != null; g = nextToClose(dropped)) {
            g.ownedByLoop = false;
            try {
                generators.runFromJava(g, How.CLOSE, PyNone.NONE, null);
            } catch (PyRaise r) {
                reportIgnored(g, r.exception, f);
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
