package lockstep.sim.runtime.format;

import java.util.Map;

/**
 * The caller's object model as {@link PercentFormat} needs it: {@code str()}, {@code repr()} and the type name of
 * any value. {@link #basic()} handles plain Java values (see {@link PyValues}).
 */
public interface Stringer {
    /** Python's {@code str(value)}. */
    String str(Object value);

    /** Python's {@code repr(value)}. */
    String repr(Object value);

    /** The Python type name used in messages, e.g. {@code str}, {@code list}, {@code Point}. */
    String typeName(Object value);

    /**
     * CPython's {@code PyMapping_Check}: true for any type with {@code __getitem__} (dict, but also list, range,
     * user classes), which makes {@code 'abc' % [1]} legal and enables {@code %(key)s}. Tuples and str are never
     * passed here. The default knows only {@code Map}.
     */
    default boolean isMapping(Object value) {
        return value instanceof Map;
    }

    /**
     * {@code mapping[key]} for {@code %(key)s}. The default looks up a {@code Map} (KeyError with the key's repr
     * when absent) and refuses anything else the way list and tuple do.
     */
    default Object getItem(Object mapping, String key) {
        if (mapping instanceof Map<?, ?> map) {
            if (map.containsKey(key)) {
                return map.get(key);
            }
            throw new FormatError("KeyError", PyValues.reprStr(key));
        }
        throw FormatError.typeError(typeName(mapping) + " indices must be integers or slices, not str");
    }

    /** A stringer for plain Java values: {@link PyValues#str}, {@link PyValues#repr}, {@link PyValues#typeName}. */
    static Stringer basic() {
        return PyValues.BASIC;
    }
}
