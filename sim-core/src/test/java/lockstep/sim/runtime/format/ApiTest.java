package lockstep.sim.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public entry points beyond the CPython table: spec records, Stringer hooks, plain-value helpers. */
class ApiTest {
    /** A value the library does not know: only the Stringer can describe it. */
    record Point(int x, int y) {
    }

    private static final Stringer POINTS = new Stringer() {
        @Override
        public String str(Object value) {
            return value instanceof Point p ? "(" + p.x() + ", " + p.y() + ")" : PyValues.str(value);
        }

        @Override
        public String repr(Object value) {
            return value instanceof Point p ? "Point(x=" + p.x() + ", y=" + p.y() + ")" : PyValues.repr(value);
        }

        @Override
        public String typeName(Object value) {
            return value instanceof Point ? "Point" : PyValues.typeName(value);
        }
    };

    @Test
    void parsedSpecFields() {
        assertEquals(new FormatSpec('*', '^', '+', true, true, 12, ',', 3, 'f'), FormatSpec.parse("*^+z#12,.3f"));
        assertEquals(new FormatSpec('0', '=', '\0', false, false, 8, '\0', -1, 'x'), FormatSpec.parse("08x"));
        assertEquals(new FormatSpec(' ', '>', '\0', false, false, -1, '\0', -1, 0), FormatSpec.parse(""));
        assertEquals(new FormatSpec(0x1F600, '<', '\0', false, false, 3, '\0', -1, 's'),
                FormatSpec.parse("\uD83D\uDE00<3s"));
        FormatError e = assertThrows(FormatError.class, () -> FormatSpec.parse("abc"));
        assertEquals("Invalid format specifier 'abc' for object of type 'object'", e.getMessage());
        assertEquals("ValueError: Format specifier missing precision",
                assertThrows(FormatError.class, () -> FormatSpec.parse("10.")).toString());
    }

    @Test
    void percentAsksTheStringerAboutUnknownObjects() {
        Point p = new Point(1, 2);
        assertEquals("at (1, 2) / Point(x=1, y=2) / Point(x=1, y=2)",
                PercentFormat.format("at %s / %r / %a", List.of(p, p, p), POINTS));
        assertEquals("%d format: a real number is required, not Point",
                assertThrows(FormatError.class, () -> PercentFormat.format("%d", p, POINTS)).getMessage());
        assertEquals("must be real number, not Point",
                assertThrows(FormatError.class, () -> PercentFormat.format("%f", p, POINTS)).getMessage());
        assertEquals("%c requires int or char",
                assertThrows(FormatError.class, () -> PercentFormat.format("%c", p, POINTS)).getMessage());
        assertEquals("not all arguments converted during string formatting",
                assertThrows(FormatError.class, () -> PercentFormat.format("x", p, POINTS)).getMessage());
    }

    @Test
    void percentMappingsAndNone() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("n", null);
        d.put("v", 2.5);
        assertEquals("None 2.50", PercentFormat.format("%(n)s %(v).2f", d, Stringer.basic()));
        assertEquals("{'n': None, 'v': 2.5}", PercentFormat.format("%s", d, Stringer.basic()));
        FormatError e = assertThrows(FormatError.class, () -> PercentFormat.format("%(zz)s", d, Stringer.basic()));
        assertEquals("KeyError: 'zz'", e.toString());
        assertEquals("1 2", PercentFormat.format("%d %d", List.of(1, BigInteger.TWO), Stringer.basic()));
    }

    @Test
    void strFormatMissingArguments() {
        StrFormat.FieldFormatter plain = new StrFormat.FieldFormatter() {
            @Override
            public Object attribute(Object value, String name) {
                throw new FormatError("AttributeError", name);
            }

            @Override
            public Object index(Object value, Object key) {
                throw new FormatError("TypeError", "no items");
            }

            @Override
            public String format(Object value, char conversion, String spec) {
                return PyValues.format(value, spec);
            }
        };
        assertEquals("IndexError: Replacement index 2 out of range for positional args tuple",
                assertThrows(FormatError.class,
                        () -> StrFormat.format("{0}{2}", List.of(1, 2), Map.of(), plain)).toString());
        assertEquals("KeyError: \"it's\"", assertThrows(FormatError.class,
                () -> StrFormat.format("{it's}", List.of(), null, plain)).toString());
        assertEquals("ValueError: Format string contains positional fields", assertThrows(FormatError.class,
                () -> StrFormat.format("{}", null, Map.of(), plain)).toString());
        assertEquals("    1.50|", StrFormat.format("{:{w}.{p}f}|", List.of(1.5), Map.of("w", 8, "p", 2), plain));
    }

    @Test
    void plainValueHelpers() {
        assertEquals("True", FormatSpec.formatBool(true, ""));
        assertEquals("  1", FormatSpec.formatBool(true, ">3"));
        assertEquals("-0b101", IntFormat.toString(BigInteger.valueOf(-5), 2));
        assertEquals("'it\\'s \"x\"'", PyValues.reprStr("it's \"x\""));
        assertEquals("'\\xe9\\u20ac\\U0001f600'", PyValues.ascii(PyValues.reprStr("\u00e9\u20ac\uD83D\uDE00")));
        assertEquals("(1,)", PyValues.repr(List.of(1L)));
        assertEquals("TypeError: unsupported format string passed to NoneType.__format__",
                assertThrows(FormatError.class, () -> PyValues.format(null, "5")).toString());
        assertEquals("2.67", FloatRepr.repr(FloatRepr.round(2.675, 2)));
        assertEquals(BigInteger.ZERO, FloatRepr.roundToInt(0.5));
        assertEquals("0.1000000000000000055511151231257827021181583404541015625",
                FloatRepr.formatF(0.1, 55, false));
        assertEquals("1.000000E+16", FloatRepr.formatE(1e16, 6, true));
        assertEquals("1e-05", FloatRepr.formatG(1e-5, 6, false));
    }
}
