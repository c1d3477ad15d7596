package lockstep.sim.machine;

import lockstep.sim.compile.CodeObject;
import lockstep.sim.compile.Opcode;
import lockstep.sim.lang.BinaryOperator;
import lockstep.sim.lang.CompareOperator;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.trace.Narration;

/** Says in a narration key and arguments what one executed micro-op did, looking at the state right after it. */
final class StepNarrator {
    private static final int MAX_VALUE_CHARS = 60;

    Narration narrate(CodeObject code, int pc, Frame frame, SimThread t) {
        int op = code.opcodes[pc];
        int arg = code.args[pc];
        switch (op) {
            case Opcode.LOAD_FAST:
            case Opcode.LOAD_DEREF:
            case Opcode.LOAD_GLOBAL:
            case Opcode.LOAD_NAME:
                return Narration.of("op.load", variableName(code, op, arg), top(t, frame));
            case Opcode.STORE_FAST:
                return Narration.of("op.store", code.localNames[arg], text(t, frame.locals[arg]));
            case Opcode.STORE_DEREF:
                return Narration.of("op.store", code.cellNames[arg], text(t, frame.cells[arg].value));
            case Opcode.STORE_GLOBAL:
                return Narration.of("op.store", code.names[arg], text(t, frame.globals.get(code.names[arg])));
            case Opcode.STORE_NAME:
                return Narration.of("op.store", code.names[arg], text(t, (frame.namespace != null ? frame.namespace
                        : frame.globals).get(code.names[arg])));
            case Opcode.LOAD_CONST:
                return Narration.of("op.const", top(t, frame));
            case Opcode.LOAD_ATTR:
                return Narration.of("op.attribute", code.names[arg], top(t, frame));
            case Opcode.BINARY_OP:
            case Opcode.INPLACE_OP:
                return Narration.of("op.binary", BinaryOperator.values()[arg].symbol, top(t, frame));
            case Opcode.COMPARE_OP:
                return Narration.of("op.compare", CompareOperator.values()[arg].symbol, top(t, frame));
            case Opcode.CALL:
            case Opcode.CALL_EX:
                if (t.frame != null && t.frame != frame && t.frame.back == frame) {
                    return Narration.of("op.enter", t.frame.code.qualifiedName);
                }
                return Narration.of("op.call", top(t, frame));
            case Opcode.RETURN_VALUE:
                return Narration.of("op.return", code.qualifiedName);
            case Opcode.FOR_ITER:
                if (t.frame != null && t.frame != frame && t.frame.back == frame) {
                    // The loop's next item is computed by program code: a generator resumed, or a __next__ called.
                    return t.frame.generator != null
                            ? Narration.of("op.resume_generator", t.frame.generator.qualifiedName())
                            : Narration.of("op.enter", t.frame.code.qualifiedName);
                }
                return frame.pc == pc + 1 ? Narration.of("op.next", top(t, frame)) : Narration.of("op.loop_done");
            case Opcode.YIELD_VALUE:
                return frame.generator != null ? Narration.of("op.yield", text(t, frame.generator.handOff))
                        : Narration.of("op.generic", code.describe(pc));
            case Opcode.POP_JUMP_IF_FALSE:
            case Opcode.POP_JUMP_IF_TRUE:
            case Opcode.JUMP:
                return Narration.of("op.jump", code.lines[Math.min(frame.pc, code.lines.length - 1)]);
            default:
                return Narration.of("op.generic", code.describe(pc));
        }
    }

    private static String variableName(CodeObject code, int op, int arg) {
        return op == Opcode.LOAD_FAST ? code.localNames[arg] : op == Opcode.LOAD_DEREF ? code.cellNames[arg]
                : code.names[arg];
    }

    private static String top(SimThread t, Frame frame) {
        return frame.sp > 0 ? text(t, frame.stack[frame.sp - 1]) : "";
    }

    /** The value as narration shows it; addresses are labels, which hand out no id (watching changes nothing). */
    private static String text(SimThread t, PyObject value) {
        return value == null ? "?" : Ops.safeRepr(t.process.objects.labels(), value, MAX_VALUE_CHARS);
    }
}
