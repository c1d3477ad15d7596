package lockstep.sim.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in types and the built-in exception hierarchy. Methods are installed by the builtins package. */
public final class Types {
    private Types() {}

    public static final PyType OBJECT = builtin("object", null);
    public static final PyType TYPE = builtin("type", OBJECT);
    public static final PyType INT = builtin("int", OBJECT);
    public static final PyType BOOL = builtin("bool", INT);
    public static final PyType FLOAT = builtin("float", OBJECT);
    public static final PyType STR = builtin("str", OBJECT);
    public static final PyType LIST = builtin("list", OBJECT);
    public static final PyType TUPLE = builtin("tuple", OBJECT);
    public static final PyType DICT = builtin("dict", OBJECT);
    public static final PyType SET = builtin("set", OBJECT);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT);
    public static final PyType NONE_TYPE = builtin("NoneType", OBJECT);
    public static final PyType RANGE = builtin("range", OBJECT);
    public static final PyType SLICE = builtin("slice", OBJECT);
    public static final PyType FUNCTION = builtin("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT);
    public static final PyType METHOD = builtin("method", OBJECT);
    public static final PyType MODULE = builtin("module", OBJECT);
    public static final PyType CELL = builtin("cell", OBJECT);
    public static final PyType SUPER = builtin("super", OBJECT);
    public static final PyType ITERATOR = builtin("iterator", OBJECT);
    public static final PyType COROUTINE = builtin("coroutine", OBJECT);
    public static final PyType GENERATOR = builtin("generator", OBJECT);
    public static final PyType ASYNC_GENERATOR = builtin("async_generator", OBJECT);
    /** The awaitables of an async generator's {@code __anext__}/{@code asend} and {@code athrow}/{@code aclose}. */
    public static final PyType ASYNC_GENERATOR_ASEND = builtin("async_generator_asend", OBJECT);
    public static final PyType ASYNC_GENERATOR_ATHROW = builtin("async_generator_athrow", OBJECT);
    public static final PyType DICT_KEYS = builtin("dict_keys", OBJECT);
    public static final PyType DICT_VALUES = builtin("dict_values", OBJECT);
    public static final PyType DICT_ITEMS = builtin("dict_items", OBJECT);

    public static final PyType BASE_EXCEPTION = builtin("BaseException", OBJECT);
    public static final PyType SYSTEM_EXIT = builtin("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = builtin("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = builtin("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = builtin("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = builtin("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = builtin("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = builtin("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = builtin("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = builtin("AttributeError", EXCEPTION);
    public static final PyType LOOKUP_ERROR = builtin("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = builtin("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = builtin("KeyError", LOOKUP_ERROR);
    public static final PyType NAME_ERROR = builtin("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = builtin("UnboundLocalError", NAME_ERROR);
    public static final PyType RUNTIME_ERROR = builtin("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = builtin("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = builtin("RecursionError", RUNTIME_ERROR);
    public static final PyType TYPE_ERROR = builtin("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = builtin("ValueError", EXCEPTION);
    public static final PyType STOP_ITERATION = builtin("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = builtin("StopAsyncIteration", EXCEPTION);
    public static final PyType IMPORT_ERROR = builtin("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = builtin("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType MEMORY_ERROR = builtin("MemoryError", EXCEPTION);
    public static final PyType OS_ERROR = builtin("OSError", EXCEPTION);
    public static final PyType TIMEOUT_ERROR = builtin("TimeoutError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = builtin("ChildProcessError", OS_ERROR);
    /** Raised when a native fails inside the simulator (a Java exception that should never escape one). */
    public static final PyType SYSTEM_ERROR = builtin("SystemError", EXCEPTION);
    /** Exception groups; ExceptionGroup's second base, BaseExceptionGroup, is known to {@link PyType#isSubtypeOf}. */
    public static final PyType BASE_EXCEPTION_GROUP = builtin("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = builtin("ExceptionGroup", EXCEPTION);
    /** The warning categories, which the warnings module issues and filters by. */
    public static final PyType WARNING = builtin("Warning", EXCEPTION);
    public static final PyType USER_WARNING = builtin("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = builtin("DeprecationWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = builtin("PendingDeprecationWarning", WARNING);
    public static final PyType SYNTAX_WARNING = builtin("SyntaxWarning", WARNING);
    public static final PyType RUNTIME_WARNING = builtin("RuntimeWarning", WARNING);
    public static final PyType FUTURE_WARNING = builtin("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = builtin("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = builtin("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = builtin("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = builtin("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = builtin("EncodingWarning", WARNING);

    /** Every built-in exception class by name, in definition order, for the builtins module. */
    public static final Map<String, PyType> EXCEPTIONS = Collections.unmodifiableMap(exceptions());

    /** The built-in types that are not exceptions, for freezing once their methods are installed. */
    public static final List<PyType> NON_EXCEPTIONS = List.of(OBJECT, TYPE, INT, BOOL, FLOAT, STR, LIST, TUPLE, DICT, SET,
            FROZENSET, NONE_TYPE, RANGE, SLICE, FUNCTION, BUILTIN_FUNCTION, METHOD, MODULE, CELL, SUPER, ITERATOR,
            COROUTINE, GENERATOR, ASYNC_GENERATOR, ASYNC_GENERATOR_ASEND, ASYNC_GENERATOR_ATHROW, DICT_KEYS, DICT_VALUES,
            DICT_ITEMS);

    private static PyType builtin(String name, PyType base) {
        return new PyType(name, base, true, "builtins");
    }

    /**
     * Makes every built-in type of this class immutable: the library calls it once it has installed their methods,
     * since the types are shared by every run in the JVM.
     */
    public static void freezeAll() {
        NON_EXCEPTIONS.forEach(PyType::freeze);
        EXCEPTIONS.values().forEach(PyType::freeze);
    }

    private static Map<String, PyType> exceptions() {
        Map<String, PyType> m = new LinkedHashMap<>();
        for (PyType t : new PyType[] {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION, ARITHMETIC_ERROR,
                ZERO_DIVISION_ERROR, OVERFLOW_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, LOOKUP_ERROR, INDEX_ERROR,
                KEY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR,
                TYPE_ERROR, VALUE_ERROR, STOP_ITERATION, STOP_ASYNC_ITERATION, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
                MEMORY_ERROR, OS_ERROR, TIMEOUT_ERROR, CHILD_PROCESS_ERROR, BASE_EXCEPTION_GROUP, EXCEPTION_GROUP,
                WARNING, USER_WARNING, DEPRECATION_WARNING, PENDING_DEPRECATION_WARNING, SYNTAX_WARNING,
                RUNTIME_WARNING, FUTURE_WARNING, IMPORT_WARNING, UNICODE_WARNING, BYTES_WARNING, RESOURCE_WARNING,
                ENCODING_WARNING, SYSTEM_ERROR}) {
            m.put(t.name, t);
        }
        return m;
    }
}
