package lockstep.sim.machine;

import java.util.LinkedHashMap;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyCell;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;

/**
 * One activation of a code object on a thread: its locals, cells, operand stack, program counter and block stack
 * (active try and with blocks and the except handlers being run).
 */
final class Frame {
    /** What the caller does with the value this frame returns. */
    enum ReturnMode {
        /** Push it on the caller's stack. */
        PUSH,
        /** {@code __init__} ran: push the new instance instead (the value must be None). */
        PUSH_INSTANCE,
        /** A call made from Java: hand the value back to the Java caller. */
        TO_JAVA,
        /** A coroutine's base frame run by {@code send}: the caller gets the value as {@code StopIteration}. */
        SEND,
        /**
         * A program class's {@code __next__} called by a {@code for} loop: the value is pushed as for PUSH, and a
         * StopIteration it lets out ends the caller's loop.
         */
        FOR_ITER_NEXT,
        /** A class's {@code __next__} called by {@code next(obj, default)}: a StopIteration it lets out gives the default. */
        NEXT_WITH_DEFAULT,
        /** A signal handler run between two instructions of the frame below: its value is dropped. */
        DISCARD
    }

    static final int BLOCK_SETUP = 0;
    static final int BLOCK_EXCEPT_HANDLER = 1;

    final CodeObject code;
    final PyObject[] locals;
    final PyCell[] cells;
    final PyObject[] stack;
    int sp;
    int pc;
    final LinkedHashMap<String, PyObject> globals;
    /** A class body's namespace; null in functions and modules. */
    final LinkedHashMap<String, PyObject> namespace;
    /**
     * The functions a class body defined, whatever wraps them later (property, a decorator): they learn their class
     * for {@code super()} once it is made, as CPython's {@code __class__} cell does. Null outside class bodies.
     */
    java.util.List<PyFunction> methodsDefined;
    final PyFunction function;
    Frame back;
    ReturnMode returnMode = ReturnMode.PUSH;
    PyObject instanceBeingInitialized;
    /** The coroutine whose base frame this is; null for ordinary calls. */
    Coroutine coroutine;
    /** The generator whose frame this is; null for ordinary calls. */
    Generator generator;
    /** How many {@code for} statements began here (their GET_ITER): what a generator made for one remembers. */
    int forLoopsBegun;
    /** For {@link ReturnMode#NEXT_WITH_DEFAULT}: what the caller gets when the frame lets a StopIteration out. */
    PyObject defaultOnStop;
    /** Keyword names set by KW_NAMES for the CALL that follows. */
    PyTuple pendingKwNames;
    /**
     * The stack slots (below 64) holding a built-in method of shared data loaded by LOAD_METHOD, for the operation
     * grain: the CALL whose result lands there touches that data. Kept only for a step listener.
     */
    long dataMethodSlots;

    private int[] blockKind = new int[4];
    private int[] blockHandler = new int[4];
    private int[] blockLevel = new int[4];
    private PyBaseException[] blockSavedException = new PyBaseException[4];
    int blockCount;

    Frame(CodeObject code, PyFunction function, LinkedHashMap<String, PyObject> globals,
          LinkedHashMap<String, PyObject> namespace) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.namespace = namespace;
        this.locals = new PyObject[code.localNames.length];
        this.cells = new PyCell[code.cellNames.length];
        this.stack = new PyObject[code.maxStack];
    }

    void pushBlock(int kind, int handler, int level, PyBaseException saved) {
        if (blockCount == blockKind.length) {
            int n = blockCount * 2;
            blockKind = java.util.Arrays.copyOf(blockKind, n);
            blockHandler = java.util.Arrays.copyOf(blockHandler, n);
            blockLevel = java.util.Arrays.copyOf(blockLevel, n);
            blockSavedException = java.util.Arrays.copyOf(blockSavedException, n);
        }
        blockKind[blockCount] = kind;
        blockHandler[blockCount] = handler;
        blockLevel[blockCount] = level;
        blockSavedException[blockCount] = saved;
        blockCount++;
    }

    int topBlockKind() {
        return blockKind[blockCount - 1];
    }

    int topBlockHandler() {
        return blockHandler[blockCount - 1];
    }

    int topBlockLevel() {
        return blockLevel[blockCount - 1];
    }

    PyBaseException topBlockSavedException() {
        return blockSavedException[blockCount - 1];
    }

    /** The kind, handler and level of block {@code i} (0 the outermost), packed for comparison. */
    long blockAt(int i) {
        return ((long) blockKind[i] << 42) ^ ((long) blockHandler[i] << 21) ^ blockLevel[i];
    }

    PyBaseException blockSavedExceptionAt(int i) {
        return blockSavedException[i];
    }

    void popBlock() {
        blockCount--;
        blockSavedException[blockCount] = null;
    }

    /** This frame and its callers as a forked child sees them: locals, stack, cells and blocks copied. */
    Frame copyFor(lockstep.sim.runtime.ObjectCopier copier) {
        Frame copy = new Frame(code, (PyFunction) copier.copy(function), copier.copyNamespace(globals),
                namespace == null ? null : copier.copyNamespace(namespace));
        for (int i = 0; i < locals.length; i++) {
            copy.locals[i] = copier.copy(locals[i]);
        }
        for (int i = 0; i < cells.length; i++) {
            copy.cells[i] = (PyCell) copier.copy(cells[i]);
        }
        for (int i = 0; i < sp; i++) {
            copy.stack[i] = copier.copy(stack[i]);
        }
        copy.sp = sp;
        copy.pc = pc;
        copy.returnMode = returnMode;
        copy.instanceBeingInitialized = copier.copy(instanceBeingInitialized);
        copy.defaultOnStop = copier.copy(defaultOnStop);
        if (coroutine != null) {
            copier.copy(coroutine); // refuses: suspended coroutines are not copied into a fork
        }
        if (generator != null) {
            copier.copy(generator); // refuses, as for coroutines
        }
        copy.pendingKwNames = (PyTuple) copier.copy(pendingKwNames);
        for (int i = 0; i < blockCount; i++) {
            copy.pushBlock(blockKind[i], blockHandler[i], blockLevel[i],
                    (PyBaseException) copier.copy(blockSavedException[i]));
        }
        copy.back = back == null ? null : back.copyFor(copier);
        return copy;
    }

    /** The source line of the instruction being executed (the one before {@link #pc}). */
    int currentLine() {
        int i = Math.max(0, Math.min(pc - 1, code.lines.length - 1));
        return code.lines.length == 0 ? code.firstLine : code.lines[i];
    }
}
