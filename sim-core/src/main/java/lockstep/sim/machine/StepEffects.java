package lockstep.sim.machine;

import lockstep.sim.compile.CodeObject;
import lockstep.sim.compile.Opcode;
import lockstep.sim.runtime.PyBoundMethod;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.SyncObject;
import lockstep.sim.trace.StepEffect;

/**
 * Classifies an executed micro-op for the operation grain, looking at the state right after it. Reachability is not
 * traced: every global, closure cell, attribute and item is taken as reachable by another thread. A read that loads
 * a function, class, module, synchronization object or an instance of a library class (a Thread, a Condition) is a
 * lookup of what the program is about to call, not a read of shared data, so {@code lock.acquire()} stays one
 * operation. A call of a built-in method of shared data ({@code items.append(1)}, {@code d.get(k)}) counts as a write:
 * it may change that data.
 */
final class StepEffects {
    private StepEffects() {
    }

    static StepEffect of(CodeObject code, int pc, Frame frame, SimThread t, String programFile) {
        if (!code.fileName.equals(programFile)) {
            return t.frame != null && t.frame.code.fileName.equals(programFile)
                    ? StepEffect.LEAVES_LIBRARY : StepEffect.LOCAL;
        }
        switch (code.opcodes[pc]) {
            case Opcode.LOAD_GLOBAL:
            case Opcode.LOAD_DEREF:
            case Opcode.LOAD_ATTR:
            case Opcode.BINARY_SUBSCR:
                return isData(top(frame)) ? StepEffect.READS_SHARED : StepEffect.LOCAL;
            case Opcode.LOAD_NAME:
                return frame.namespace == null && isData(top(frame)) ? StepEffect.READS_SHARED : StepEffect.LOCAL;
            case Opcode.STORE_GLOBAL:
            case Opcode.DELETE_GLOBAL:
            case Opcode.STORE_DEREF:
            case Opcode.STORE_ATTR:
            case Opcode.DELETE_ATTR:
            case Opcode.STORE_SUBSCR:
            case Opcode.DELETE_SUBSCR:
                return StepEffect.WRITES_SHARED;
            case Opcode.STORE_NAME:
            case Opcode.DELETE_NAME:
                return frame.namespace == null ? StepEffect.WRITES_SHARED : StepEffect.LOCAL;
            case Opcode.LOAD_METHOD:
                markDataMethod(frame);
                return StepEffect.LOCAL;
            case Opcode.CALL:
            case Opcode.CALL_EX:
                if (t.frame != null && t.frame != frame && t.frame.back == frame) {
                    return t.frame.code.fileName.equals(programFile) ? StepEffect.LOCAL : StepEffect.CALLS_LIBRARY;
                }
                return callsDataMethod(frame) ? StepEffect.WRITES_SHARED : StepEffect.LOCAL;
            default:
                return StepEffect.LOCAL;
        }
    }

    /** After LOAD_METHOD: the method's slot, when it is a built-in method of data (list.append, dict.get). */
    private static void markDataMethod(Frame frame) {
        int slot = frame.sp - 2;
        if (slot >= 0 && slot < Long.SIZE && frame.stack[slot] instanceof PyNativeFunction
                && isData(frame.stack[slot + 1]) && !isImmutable(frame.stack[slot + 1])) {
            frame.dataMethodSlots |= 1L << slot;
        }
    }

    /** After a CALL that entered no frame: whether it called a marked method; forgets the slots it consumed. */
    private static boolean callsDataMethod(Frame frame) {
        int slot = frame.sp - 1;
        if (slot < 0 || slot >= Long.SIZE) {
            return false;
        }
        boolean marked = (frame.dataMethodSlots & (1L << slot)) != 0;
        frame.dataMethodSlots &= (1L << slot) - 1;
        return marked;
    }

    /** Values no method can change: {@code ", ".join(parts)} touches nothing shared. */
    private static boolean isImmutable(PyObject value) {
        return value instanceof PyStr || value instanceof PyInt || value instanceof PyFloat || value instanceof PyTuple
                || value instanceof PyNone;
    }

    private static PyObject top(Frame frame) {
        return frame.sp > 0 ? frame.stack[frame.sp - 1] : null;
    }

    /** False for what a program looks up to call or to synchronize with; true for values it computes with. */
    private static boolean isData(PyObject value) {
        if (value == null || value instanceof PyFunction || value instanceof PyNativeFunction
                || value instanceof PyBoundMethod || value instanceof PyType || value instanceof PyModule
                || value instanceof SyncObject) {
            return false;
        }
        return !(value instanceof PyInstance i) || "__main__".equals(i.type().module)
                || "__mp_main__".equals(i.type().module)
                // A deque or ChainMap holds data as a list does: its methods read and write shared state.
                || "collections".equals(i.type().module);
    }
}
