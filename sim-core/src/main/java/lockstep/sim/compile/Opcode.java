package lockstep.sim.compile;

/**
 * The micro-ops, at the granularity of CPython's bytecode: each one is a step of the simulation, and a thread
 * switch can happen between any two. Each instruction is an opcode and one int argument.
 */
public final class Opcode {
    private Opcode() {}

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int DUP_TOP = 2;
    public static final int DUP_TOP_TWO = 3;
    public static final int ROT_TWO = 4;
    public static final int ROT_THREE = 5;
    public static final int LOAD_CONST = 6;
    public static final int LOAD_FAST = 7;
    public static final int STORE_FAST = 8;
    public static final int DELETE_FAST = 9;
    public static final int LOAD_DEREF = 10;
    public static final int STORE_DEREF = 11;
    public static final int LOAD_CLOSURE = 12;
    public static final int LOAD_GLOBAL = 13;
    public static final int STORE_GLOBAL = 14;
    public static final int DELETE_GLOBAL = 15;
    public static final int LOAD_NAME = 16;
    public static final int STORE_NAME = 17;
    public static final int DELETE_NAME = 18;
    public static final int LOAD_ATTR = 19;
    public static final int STORE_ATTR = 20;
    public static final int DELETE_ATTR = 21;
    public static final int LOAD_METHOD = 22;
    public static final int BINARY_OP = 23;
    public static final int INPLACE_OP = 24;
    public static final int UNARY_NEGATIVE = 25;
    public static final int UNARY_POSITIVE = 26;
    public static final int UNARY_NOT = 27;
    public static final int UNARY_INVERT = 28;
    public static final int COMPARE_OP = 29;
    public static final int BINARY_SUBSCR = 30;
    public static final int STORE_SUBSCR = 31;
    public static final int DELETE_SUBSCR = 32;
    public static final int BUILD_SLICE = 33;
    public static final int BUILD_TUPLE = 34;
    public static final int BUILD_LIST = 35;
    public static final int BUILD_SET = 36;
    public static final int BUILD_MAP = 37;
    public static final int LIST_APPEND = 38;
    public static final int SET_ADD = 39;
    public static final int MAP_ADD = 40;
    public static final int LIST_EXTEND = 41;
    public static final int SET_UPDATE = 42;
    public static final int DICT_UPDATE = 43;
    public static final int LIST_TO_TUPLE = 44;
    public static final int BUILD_STRING = 45;
    public static final int FORMAT_VALUE = 46;
    public static final int JUMP = 47;
    public static final int POP_JUMP_IF_FALSE = 48;
    public static final int POP_JUMP_IF_TRUE = 49;
    public static final int JUMP_IF_FALSE_OR_POP = 50;
    public static final int JUMP_IF_TRUE_OR_POP = 51;
    public static final int GET_ITER = 52;
    public static final int FOR_ITER = 53;
    public static final int UNPACK_SEQUENCE = 54;
    public static final int UNPACK_EX = 55;
    public static final int KW_NAMES = 56;
    public static final int CALL = 57;
    public static final int CALL_EX = 58;
    public static final int MAKE_FUNCTION = 59;
    public static final int RETURN_VALUE = 60;
    public static final int MAKE_CLASS = 61;
    public static final int IMPORT_NAME = 62;
    public static final int IMPORT_FROM = 63;
    public static final int IMPORT_STAR = 64;
    public static final int SETUP_FINALLY = 65;
    public static final int SETUP_WITH = 66;
    public static final int POP_BLOCK = 67;
    public static final int POP_EXCEPT = 68;
    public static final int RERAISE = 69;
    public static final int RAISE_VARARGS = 70;
    public static final int CHECK_EXC_MATCH = 71;
    public static final int PREP_EXIT_ARGS = 72;
    public static final int LOAD_ASSERTION_ERROR = 73;
    public static final int LOAD_SUPER = 74;
    public static final int DICT_MERGE = 75;
    public static final int CONTAINS_OP = 76;
    public static final int IS_OP = 77;
    /** {@code await}: runs the awaitable on top of the stack (a coroutine, or what its {@code __await__} returns) and pushes its result. */
    public static final int AWAIT = 78;
    /** {@code yield}: suspends the generator, handing the top of the stack to whoever advanced it. */
    public static final int YIELD_VALUE = 79;
    /** {@code yield from x}: replaces {@code x} with its iterator (a generator stays itself). */
    public static final int GET_YIELD_FROM_ITER = 80;
    /**
     * {@code yield from}'s step: sends the top of the stack to the sub-iterator below it. What the sub-iterator yields
     * replaces the sent value; when it is exhausted, its return value replaces both and the jump is taken.
     */
    public static final int SEND = 81;
    /** {@code async for}: replaces the iterable with what its {@code __aiter__} returns. */
    public static final int GET_AITER = 82;
    /** {@code async for}: pushes the awaitable of the async iterator's {@code __anext__}, keeping the iterator. */
    public static final int GET_ANEXT = 83;
    /**
     * The handler of an {@code async for}: a StopAsyncIteration ends the loop (the handler and the iterator are
     * popped); any other exception is raised again.
     */
    public static final int END_ASYNC_FOR = 84;

    /**
     * {@link #GET_ITER}'s argument for a {@code for} statement's iterable, and {@link #POP_TOP}'s when it drops that
     * loop's iterator because the loop is left early ({@code break}, {@code return}): a generator the loop made
     * itself is closed then, as CPython's reference count closes it. 0 everywhere else.
     */
    public static final int FOR_LOOP_ITERATOR = 1;
    /** {@link #CALL}'s argument: the positional count, plus this flag when a method and its self are on the stack. */
    public static final int CALL_METHOD_FLAG = 1 << 16;
    /**
     * {@link #CALL}'s flag for a call whose value goes straight into the iterable of a {@code for} statement: an
     * argument of the call it iterates ({@code enumerate(gen())}) or a generator expression's source written there.
     */
    public static final int CALL_INTO_LOOP_FLAG = 1 << 17;
    /** {@link #MAKE_FUNCTION}'s argument flags, above the index of the code constant. */
    public static final int MAKE_DEFAULTS = 1 << 20;
    public static final int MAKE_KW_DEFAULTS = 1 << 21;
    public static final int MAKE_CLOSURE = 1 << 22;
    /** {@link #FORMAT_VALUE}'s argument: the conversion character, plus this flag when a spec is on the stack. */
    public static final int FORMAT_WITH_SPEC = 1 << 16;

    private static final String[] NAMES = {
        "NOP", "POP_TOP", "DUP_TOP", "DUP_TOP_TWO", "ROT_TWO", "ROT_THREE", "LOAD_CONST", "LOAD_FAST", "STORE_FAST",
        "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "LOAD_CLOSURE", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL",
        "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "BINARY_OP",
        "INPLACE_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_NOT", "UNARY_INVERT", "COMPARE_OP", "BINARY_SUBSCR",
        "STORE_SUBSCR", "DELETE_SUBSCR", "BUILD_SLICE", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP",
        "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "LIST_TO_TUPLE",
        "BUILD_STRING", "FORMAT_VALUE", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP",
        "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER", "UNPACK_SEQUENCE", "UNPACK_EX", "KW_NAMES", "CALL", "CALL_EX",
        "MAKE_FUNCTION", "RETURN_VALUE", "MAKE_CLASS", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR", "SETUP_FINALLY",
        "SETUP_WITH", "POP_BLOCK", "POP_EXCEPT", "RERAISE", "RAISE_VARARGS", "CHECK_EXC_MATCH", "PREP_EXIT_ARGS",
        "LOAD_ASSERTION_ERROR", "LOAD_SUPER", "DICT_MERGE", "CONTAINS_OP", "IS_OP", "AWAIT", "YIELD_VALUE",
        "GET_YIELD_FROM_ITER", "SEND", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR",
    };

    public static String name(int opcode) {
        return NAMES[opcode];
    }

    /** True for the jumps, whose argument is an instruction index. */
    public static boolean isJump(int opcode) {
        return opcode == JUMP || opcode == POP_JUMP_IF_FALSE || opcode == POP_JUMP_IF_TRUE
                || opcode == JUMP_IF_FALSE_OR_POP || opcode == JUMP_IF_TRUE_OR_POP || opcode == FOR_ITER
                || opcode == SETUP_FINALLY || opcode == SETUP_WITH || opcode == SEND;
    }
}
