package lockstep.sim.runtime;

import java.util.List;

/** The types of the built-in containers' iterators, named as CPython 3.11 names them ({@code list_iterator}, ...). */
public final class IteratorTypes {
    private IteratorTypes() {}

    public static final PyType LIST = builtin("list_iterator");
    public static final PyType TUPLE = builtin("tuple_iterator");
    /** A string of ASCII characters only; other strings iterate with {@link #STR}. */
    public static final PyType STR_ASCII = builtin("str_ascii_iterator");
    public static final PyType STR = builtin("str_iterator");
    public static final PyType RANGE = builtin("range_iterator");
    public static final PyType SET = builtin("set_iterator");
    public static final PyType DICT_KEYS = builtin("dict_keyiterator");
    public static final PyType DICT_VALUES = builtin("dict_valueiterator");
    public static final PyType DICT_ITEMS = builtin("dict_itemiterator");

    /** Every type here, for the library to give them {@code __next__}/{@code __iter__} and freeze them. */
    public static final List<PyType> ALL = List.of(LIST, TUPLE, STR_ASCII, STR, RANGE, SET, DICT_KEYS, DICT_VALUES,
            DICT_ITEMS);

    private static PyType builtin(String name) {
        return new PyType(name, Types.OBJECT, true, "builtins");
    }

    /** The iterator type of a dict view of {@code kind}. */
    static PyType ofView(DictView.Kind kind) {
        return switch (kind) {
            case KEYS -> DICT_KEYS;
            case VALUES -> DICT_VALUES;
            case ITEMS -> DICT_ITEMS;
        };
    }
}
