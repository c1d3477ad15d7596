package lockstep.sim.runtime.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code format/cases.tsv}, produced by CPython 3.11 through {@code format/regenerate.py}, must come
 * out character for character (results and {@code !Type: message} errors alike).
 */
class CpythonCasesTest {
    private static final String TABLE = "/format/cases.tsv";

    /** The table's sections (its {@code # title} lines), each with its cases. */
    static Stream<Arguments> sections() {
        Map<String, List<Case>> bySection = new LinkedHashMap<>();
        for (Case c : load()) {
            bySection.computeIfAbsent(c.section, k -> new ArrayList<>()).add(c);
        }
        return bySection.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** One line of the table. */
    record Case(String section, int line, String kind, String valueText, String text, String expected) {
        @Override
        public String toString() {
            return "line " + line + ": " + kind + " " + abbreviate(valueText) + " " + abbreviate(text);
        }
    }

    /** Runs a whole section and reports every mismatch at once (one JUnit invocation per case is too slow). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sections")
    void matchesCpython(String section, List<Case> cases) {
        List<String> mismatches = new ArrayList<>();
        for (Case c : cases) {
            String actual = outcome(c);
            if (!c.expected.equals(actual)) {
                mismatches.add(c + "\n    expected: " + abbreviate(c.expected) + "\n    actual:   "
                        + abbreviate(actual));
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + cases.size() + " cases differ:\n"
                + String.join("\n", mismatches.subList(0, Math.min(30, mismatches.size()))));
    }

    @Test
    void tableIsLargeAndCoversEveryKind() {
        List<Case> all = load();
        assertTrue(all.size() > 5000, "cases: " + all.size());
        for (String kind : List.of("repr", "round", "roundint", "format", "percent", "strformat", "bin", "oct",
                "hex", "str")) {
            assertTrue(all.stream().anyMatch(c -> c.kind.equals(kind)), kind);
        }
        assertTrue(all.stream().filter(c -> c.expected.startsWith("!")).count() > 500, "error cases");
    }

    static String outcome(Case c) {
        try {
            return run(c.kind, PyLiteral.parse(c.valueText), c.text);
        } catch (FormatError e) {
            return "!" + e.pythonType() + ": " + e.getMessage();
        }
    }

    @SuppressWarnings("unchecked")
    private static String run(String kind, Object value, String text) {
        PythonModel model = PythonModel.INSTANCE;
        switch (kind) {
            case "repr":
                return FloatRepr.repr((Double) value);
            case "round":
                return FloatRepr.repr(FloatRepr.round((Double) value, Long.parseLong(text)));
            case "roundint":
                return IntFormat.decimal(FloatRepr.roundToInt((Double) value));
            case "format":
                return model.formatValue(value, text);
            case "percent":
                return PercentFormat.format(text, value, model);
            case "strformat": {
                List<Object> args = (List<Object>) value;
                return StrFormat.format(text, (List<Object>) args.get(0), (Map<String, Object>) args.get(1), model);
            }
            case "bin":
                return IntFormat.toString(PyValues.asInt(value), 2);
            case "oct":
                return IntFormat.toString(PyValues.asInt(value), 8);
            case "hex":
                return IntFormat.toString(PyValues.asInt(value), 16);
            case "str":
                return PyValues.str(value);
            default:
                throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    private static List<Case> load() {
        return load(CpythonCasesTest.class.getResourceAsStream(TABLE));
    }

    /** Reads a table in the format regenerate.py writes. */
    static List<Case> load(InputStream in) {
        List<Case> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            String section = "(none)";
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("# ") && number > 1) {
                    section = line.substring(2);
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(TABLE + ":" + number + ": expected 4 fields");
                }
                out.add(new Case(section, number, f[0], f[1], unescape(f[2]), unescape(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Undoes regenerate.py's esc(): backslash-backslash and backslash-x-hh. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (s.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
