package lockstep.sim.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.format.StrFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code methods/cases.tsv} (expected values printed by CPython 3.11, see regenerate.py there)
 * and compares the repr of the result, or the exception, and the receiver afterwards.
 */
class MethodCasesTest {
    private static final String CASES = "/methods/cases.tsv";

    /** One line of the table. */
    record Case(int line, String expression, String expected, String after) {}

    @BeforeAll
    static void install() {
        TypeMethods.install();
        Objects.requireNonNull(Builtins.get("len"));
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = MethodCasesTest.class.getResourceAsStream(CASES);
             BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, CASES),
                     StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) {
                    throw new IllegalStateException("line " + n + ": expected 3 columns; run regenerate.py");
                }
                out.add(new Case(n, cols[0], cols[1], cols[2]));
            }
        }
        return out;
    }

    /** The outcome as regenerate.py writes it: the result's repr or {@code !Type: message}, and the receiver. */
    static String[] run(String expression) {
        TestContext ctx = new TestContext();
        CaseExpression e = new CaseExpression(expression);
        PyObject receiver = e.receiver(ctx);
        String outcome;
        try {
            outcome = Ops.repr(ctx, e.call(ctx, receiver));
        } catch (PyRaise r) {
            outcome = "!" + r.exception.type().name + ": " + Ops.exceptionMessage(ctx, r.exception);
        }
        boolean mutable = receiver instanceof PyList || receiver instanceof PyDict
                || (receiver instanceof PySet s && !s.frozen);
        return new String[] {outcome, mutable ? Ops.repr(ctx, receiver) : ""};
    }

    /** Whether str.format is implemented yet (the format package's StrFormat was a stub when this was written). */
    static boolean strFormatWorks() {
        return "1".equals(StrFormat.format("{}", List.of(1L), Map.of(), new StrFormat.FieldFormatter() {
            @Override
            public Object attribute(Object value, String name) {
                return null;
            }

            @Override
            public Object index(Object value, Object key) {
                return null;
            }

            @Override
            public String format(Object value, char conversion, String spec) {
                return String.valueOf(value);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> casesFromCPython() throws IOException {
        boolean formatWorks = strFormatWorks();
        return cases().stream().map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.expression(), () -> {
            int format = c.expression().indexOf(".format");
            if (format >= 0 && c.expression().substring(0, format).contains("{")) {
                assumeTrue(formatWorks, "str.format needs the format package's StrFormat, still a stub");
            }
            String[] got = run(c.expression());
            assertEquals(c.expected(), got[0], "result of " + c.expression());
            assertEquals(c.after(), got[1], "receiver after " + c.expression());
        }));
    }

    @Test
    void tableIsLargeAndCoversEveryMethod() throws IOException {
        List<Case> all = cases();
        assertFalse(all.size() < 250, "at least 250 cases");
        String text = String.join("\n", all.stream().map(Case::expression).toList());
        for (String m : new String[] {"split", "rsplit", "splitlines", "join", "strip", "lstrip", "rstrip", "upper",
                "lower", "title", "capitalize", "swapcase", "casefold", "replace", "startswith", "endswith", "find",
                "rfind", "index", "rindex", "count", "format", "format_map", "isdigit", "isnumeric", "isdecimal",
                "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "zfill", "center",
                "ljust", "rjust", "partition", "rpartition", "expandtabs", "removeprefix", "removesuffix", "append",
                "extend", "insert", "pop", "remove", "sort", "reverse", "copy", "clear", "get", "items", "keys",
                "values", "popitem", "setdefault", "update", "fromkeys", "add", "discard", "union", "intersection",
                "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
                "intersection_update", "difference_update", "bit_length", "is_integer"}) {
            assertFalse(!text.contains("." + m + "("), "no case for " + m);
        }
    }
}
