package lockstep.sim.compile;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** Computes the deepest operand stack a code object can reach, by following every path through its instructions. */
final class StackDepth {
    private StackDepth() {}

    static int max(int[] opcodes, int[] args) {
        int n = opcodes.length;
        int[] depthAt = new int[n + 1];
        Arrays.fill(depthAt, -1);
        Deque<Integer> work = new ArrayDeque<>();
        depthAt[0] = 0;
        work.push(0);
        int max = 0;
        while (!work.isEmpty()) {
            int pc = work.pop();
            int depth = depthAt[pc];
            while (pc < n) {
                int op = opcodes[pc];
                int arg = args[pc];
                int after = depth + effect(op, arg);
                max = Math.max(max, Math.max(depth, after));
                int branchDepth = branchDepth(op, arg, depth);
                if (branchDepth >= 0) {
                    max = Math.max(max, branchDepth);
                    visit(depthAt, work, arg, branchDepth);
                }
                if (op == Opcode.RETURN_VALUE || op == Opcode.RERAISE || op == Opcode.RAISE_VARARGS
                        || op == Opcode.JUMP) {
                    break;
                }
                pc++;
                if (depthAt[pc] >= after) {
                    break;
                }
                depthAt[pc] = after;
                depth = after;
            }
        }
        return max;
    }

    private static void visit(int[] depthAt, Deque<Integer> work, int target, int depth) {
        if (depthAt[target] < depth) {
            depthAt[target] = depth;
            work.push(target);
        }
    }

    /** The depth at the jump target, or -1 for instructions that do not branch. */
    private static int branchDepth(int op, int arg, int depth) {
        return switch (op) {
            case Opcode.JUMP -> depth;
            case Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE -> depth - 1;
            case Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP -> depth;
            case Opcode.FOR_ITER, Opcode.SEND -> depth - 1;
            case Opcode.SETUP_FINALLY -> depth + 1;
            case Opcode.SETUP_WITH -> depth;
            default -> -1;
        };
    }

    /** The change of depth on the fall-through path. */
    static int effect(int op, int arg) {
        int n = arg & 0xffff;
        return switch (op) {
            case Opcode.NOP, Opcode.ROT_TWO, Opcode.ROT_THREE, Opcode.DELETE_FAST, Opcode.DELETE_GLOBAL,
                    Opcode.DELETE_NAME, Opcode.LOAD_ATTR, Opcode.UNARY_NEGATIVE, Opcode.UNARY_POSITIVE,
                    Opcode.UNARY_NOT, Opcode.UNARY_INVERT, Opcode.AWAIT, Opcode.LIST_TO_TUPLE, Opcode.JUMP, Opcode.GET_ITER,
                    Opcode.YIELD_VALUE, Opcode.GET_YIELD_FROM_ITER, Opcode.SEND, Opcode.GET_AITER,
                    Opcode.KW_NAMES, Opcode.SETUP_FINALLY, Opcode.SETUP_WITH, Opcode.POP_BLOCK, Opcode.POP_EXCEPT,
                    Opcode.CHECK_EXC_MATCH -> 0;
            case Opcode.POP_TOP, Opcode.STORE_FAST, Opcode.STORE_DEREF, Opcode.STORE_GLOBAL, Opcode.STORE_NAME,
                    Opcode.DELETE_ATTR, Opcode.BINARY_OP, Opcode.INPLACE_OP, Opcode.COMPARE_OP, Opcode.CONTAINS_OP,
                    Opcode.IS_OP, Opcode.BINARY_SUBSCR, Opcode.LIST_APPEND, Opcode.SET_ADD, Opcode.LIST_EXTEND,
                    Opcode.SET_UPDATE, Opcode.DICT_UPDATE, Opcode.DICT_MERGE, Opcode.POP_JUMP_IF_FALSE,
                    Opcode.POP_JUMP_IF_TRUE, Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP,
                    Opcode.RETURN_VALUE, Opcode.IMPORT_STAR, Opcode.RERAISE -> -1;
            case Opcode.DUP_TOP, Opcode.LOAD_CONST, Opcode.LOAD_FAST, Opcode.LOAD_DEREF, Opcode.LOAD_CLOSURE,
                    Opcode.LOAD_GLOBAL, Opcode.LOAD_NAME, Opcode.LOAD_METHOD, Opcode.FOR_ITER, Opcode.IMPORT_NAME,
                    Opcode.IMPORT_FROM, Opcode.LOAD_ASSERTION_ERROR, Opcode.LOAD_SUPER -> 1;
            case Opcode.DUP_TOP_TWO, Opcode.PREP_EXIT_ARGS -> 2;
            case Opcode.GET_ANEXT -> 1;
            case Opcode.END_ASYNC_FOR -> -2;
            case Opcode.STORE_ATTR, Opcode.DELETE_SUBSCR, Opcode.MAP_ADD -> -2;
            case Opcode.MAKE_CLASS -> -2 - arg; // arg 1: a metaclass above the bases
            case Opcode.STORE_SUBSCR -> -3;
            case Opcode.BUILD_SLICE, Opcode.BUILD_TUPLE, Opcode.BUILD_LIST, Opcode.BUILD_SET, Opcode.BUILD_STRING -> 1 - n;
            case Opcode.BUILD_MAP -> 1 - 2 * n;
            case Opcode.FORMAT_VALUE -> (arg & Opcode.FORMAT_WITH_SPEC) != 0 ? -1 : 0;
            case Opcode.UNPACK_SEQUENCE -> n - 1;
            case Opcode.UNPACK_EX -> (arg & 0xff) + (arg >> 8);
            case Opcode.CALL -> -n - ((arg & Opcode.CALL_METHOD_FLAG) != 0 ? 1 : 0);
            case Opcode.CALL_EX -> -1 - (arg & 1);
            case Opcode.MAKE_FUNCTION -> 1 - Integer.bitCount(arg & (Opcode.MAKE_DEFAULTS | Opcode.MAKE_KW_DEFAULTS
                    | Opcode.MAKE_CLOSURE));
            case Opcode.RAISE_VARARGS -> -n;
            default -> throw new IllegalArgumentException("no stack effect for " + Opcode.name(op));
        };
    }
}
