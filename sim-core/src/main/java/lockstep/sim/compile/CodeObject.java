package lockstep.sim.compile;

import java.util.List;

/**
 * Compiled code of a module, function, class body or comprehension: instructions (opcode and argument per
 * index), the source line of each, constants, names, and the layout of locals and closure cells.
 */
public final class CodeObject {
    /** What kind of scope the code runs in, which decides how names are stored. */
    public enum Kind { MODULE, FUNCTION, CLASS_BODY }

    public final Kind kind;
    public final String name;
    public final String qualifiedName;
    public final String fileName;
    public final int firstLine;
    public final int[] opcodes;
    public final int[] args;
    public final int[] lines;
    /** Constants: {@link lockstep.sim.runtime.PyObject}s and nested {@link CodeObject}s. */
    public final Object[] constants;
    /** Names of globals, attributes and imports, by index. */
    public final String[] names;
    /** Local variables, parameters first: positional, then {@code *args}, keyword-only, {@code **kwargs}. */
    public final String[] localNames;
    /** Cell variables (locals captured by inner functions), then free variables (captured from outside). */
    public final String[] cellNames;
    public final int cellCount;
    /** For each cell variable that is also a parameter, its local index; -1 otherwise. */
    public final int[] cellParameterIndex;
    public final int positionalCount;
    public final int positionalDefaultsCount;
    public final List<String> keywordOnlyNames;
    public final boolean hasVarargs;
    public final boolean hasVarkw;
    public final int maxStack;
    /** The class body defining this function, so {@code super()} can find its class; false otherwise. */
    public final boolean isMethodOfClassBody;
    /** An {@code async def} (or a comprehension that awaits): calling it makes a coroutine instead of running it. Set once by the compiler. */
    public boolean isCoroutine;
    /** A def's docstring (its body's first statement when that is a string), or null. Set once by the compiler. */
    public String docstring;
    /** A function (or generator expression) that yields: calling it makes a generator. Set once by the compiler. */
    public boolean isGenerator;
    /** Library code CPython runs in C: its steps take less virtual time. Set once, when the library is compiled. */
    public boolean runsAtCSpeed;

    /** Marks this code and every function nested in it as running at C speed. */
    public void markRunsAtCSpeed() {
        runsAtCSpeed = true;
        for (Object c : constants) {
            if (c instanceof CodeObject nested) {
                nested.markRunsAtCSpeed();
            }
        }
    }

    CodeObject(Kind kind, String name, String qualifiedName, String fileName, int firstLine, int[] opcodes,
               int[] args, int[] lines, Object[] constants, String[] names, String[] localNames, String[] cellNames,
               int cellCount, int[] cellParameterIndex, int positionalCount, int positionalDefaultsCount,
               List<String> keywordOnlyNames, boolean hasVarargs, boolean hasVarkw, int maxStack,
               boolean isMethodOfClassBody) {
        this.kind = kind;
        this.name = name;
        this.qualifiedName = qualifiedName;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.opcodes = opcodes;
        this.args = args;
        this.lines = lines;
        this.constants = constants;
        this.names = names;
        this.localNames = localNames;
        this.cellNames = cellNames;
        this.cellCount = cellCount;
        this.cellParameterIndex = cellParameterIndex;
        this.positionalCount = positionalCount;
        this.positionalDefaultsCount = positionalDefaultsCount;
        this.keywordOnlyNames = keywordOnlyNames;
        this.hasVarargs = hasVarargs;
        this.hasVarkw = hasVarkw;
        this.maxStack = maxStack;
        this.isMethodOfClassBody = isMethodOfClassBody;
    }

    /** The number of free variables, which follow the cell variables in {@link #cellNames}. */
    public int freeCount() {
        return cellNames.length - cellCount;
    }

    /** One instruction as text, e.g. {@code LOAD_GLOBAL x}, for traces and tests. */
    public String describe(int index) {
        int op = opcodes[index];
        int arg = args[index];
        String name = Opcode.name(op);
        return switch (op) {
            case Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.DELETE_FAST -> name + " " + localNames[arg];
            case Opcode.LOAD_DEREF, Opcode.STORE_DEREF, Opcode.LOAD_CLOSURE -> name + " " + cellNames[arg];
            case Opcode.LOAD_GLOBAL, Opcode.STORE_GLOBAL, Opcode.DELETE_GLOBAL, Opcode.LOAD_NAME, Opcode.STORE_NAME,
                    Opcode.DELETE_NAME, Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.DELETE_ATTR, Opcode.LOAD_METHOD,
                    Opcode.IMPORT_FROM -> name + " " + names[arg];
            // The argument carries the top-level flag above the name's index.
            case Opcode.IMPORT_NAME -> name + " " + names[arg & (Compiler.IMPORT_TOP_LEVEL - 1)];
            case Opcode.LOAD_CONST -> name + " " + constantText(constants[arg]);
            case Opcode.BINARY_OP, Opcode.INPLACE_OP ->
                    name + " " + lockstep.sim.lang.BinaryOperator.values()[arg].symbol + (op == Opcode.INPLACE_OP ? "=" : "");
            case Opcode.COMPARE_OP -> name + " " + lockstep.sim.lang.CompareOperator.values()[arg].symbol;
            case Opcode.CALL -> name + " " + (arg & 0xffff);
            case Opcode.NOP, Opcode.POP_TOP, Opcode.DUP_TOP, Opcode.DUP_TOP_TWO, Opcode.ROT_TWO, Opcode.ROT_THREE,
                    Opcode.UNARY_NEGATIVE, Opcode.UNARY_POSITIVE, Opcode.UNARY_NOT, Opcode.UNARY_INVERT,
                    Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR, Opcode.DELETE_SUBSCR, Opcode.GET_ITER,
                    Opcode.RETURN_VALUE, Opcode.MAKE_CLASS, Opcode.POP_BLOCK, Opcode.POP_EXCEPT, Opcode.RERAISE,
                    Opcode.CHECK_EXC_MATCH, Opcode.PREP_EXIT_ARGS, Opcode.LOAD_ASSERTION_ERROR, Opcode.LOAD_SUPER,
                    Opcode.LIST_TO_TUPLE, Opcode.IMPORT_STAR -> name;
            case Opcode.MAKE_FUNCTION -> name + " " + ((CodeObject) constants[arg & 0xfffff]).name;
            default -> name + " " + arg;
        };
    }

    private static String constantText(Object c) {
        if (c instanceof CodeObject code) {
            return "<code " + code.name + ">";
        }
        if (c instanceof lockstep.sim.runtime.PyStr s) {
            return lockstep.sim.runtime.Ops.strRepr(s.value);
        }
        if (c instanceof lockstep.sim.runtime.PyNone) {
            return "None";
        }
        if (c instanceof lockstep.sim.runtime.PyFloat f) {
            return lockstep.sim.runtime.Ops.floatRepr(f.value);
        }
        if (c instanceof lockstep.sim.runtime.PyNativeFunction n) { // except*'s helpers
            return "<" + n.name + ">";
        }
        return String.valueOf(c);
    }
}
