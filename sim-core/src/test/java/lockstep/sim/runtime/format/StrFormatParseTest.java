package lockstep.sim.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import lockstep.sim.runtime.format.StrFormat.Attribute;
import lockstep.sim.runtime.format.StrFormat.Field;
import lockstep.sim.runtime.format.StrFormat.Index;
import lockstep.sim.runtime.format.StrFormat.Literal;
import lockstep.sim.runtime.format.StrFormat.Part;

/** {@link StrFormat#parse}: structure, auto-numbering through nested specs, and the argument-free errors. */
class StrFormatParseTest {
    @Test
    void literalsFieldsAndEscapes() {
        assertEquals(List.of(new Literal("a"), new Field(0, List.of(), '\0', ""), new Literal("b"),
                        new Field("name", List.of(), 'r', ">5"), new Literal("{c}")),
                StrFormat.parse("a{}b{name!r:>5}{{c}}"));
        assertEquals(List.of(), StrFormat.parse(""));
        assertEquals(List.of(new Literal("}{")), StrFormat.parse("}}{{"));
    }

    @Test
    void accessors() {
        assertEquals(List.of(new Field(0, List.of(new Attribute("attr"), new Index(1), new Index("key"),
                        new Index("-1")), 'a', "")),
                StrFormat.parse("{0.attr[1][key][-1]!a}"));
        assertEquals(List.of(new Field(0, List.of(new Index("}")), '\0', "")), StrFormat.parse("{0[}]}"));
        assertEquals(List.of(new Field(99999999999L, List.of(), '\0', "")), StrFormat.parse("{99999999999}"));
    }

    @Test
    void nestedSpecsGetTheirAutoNumbers() {
        assertEquals(List.of(new Field(0, List.of(), '\0', "{1}")), StrFormat.parse("{:{}}"));
        assertEquals(List.of(new Field(0, List.of(), '\0', "{1}.{2}f"), new Field(3, List.of(), '\0', "")),
                StrFormat.parse("{:{}.{}f}{}"));
        assertEquals(List.of(new Field(0, List.of(), '\0', "{1[0]!r}")), StrFormat.parse("{:{[0]!r}}"));
        assertEquals(List.of(new Field("x", List.of(), '\0', "{w}")), StrFormat.parse("{x:{w}}"));
        assertEquals(List.of(new Field(0, List.of(), '\0', "{1}")), StrFormat.parse("{0:{1}}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "}|Single '}' encountered in format string",
        "a{|Single '{' encountered in format string",
        "{0} {}|cannot switch from manual field specification to automatic field numbering",
        "{} {0}|cannot switch from automatic field numbering to manual field specification",
        "{:{0}}|cannot switch from automatic field numbering to manual field specification",
        "{0|expected '}' before end of string",
        "{0:|unmatched '{' in format spec",
        "{:{:{}}}|Max string recursion exceeded",
        "{!x}|Unknown conversion specifier x",
        "{0!|end of string while looking for conversion specifier",
        "{0!rx}|expected ':' after conversion specifier",
        "{0[}|expected '}' before end of string",
        "{0[|expected '}' before end of string",
        "{0[0]x}|Only '.' or '[' may follow ']' in format field specifier",
        "{0.}|Empty attribute in format string",
        "{a{}|unexpected '{' in field name",
        "{99999999999999999999}|Too many decimal digits in format string",
    })
    void errors(String template, String message) {
        FormatError e = assertThrows(FormatError.class, () -> StrFormat.parse(template));
        assertEquals("ValueError", e.pythonType());
        assertEquals(message, e.getMessage());
    }

    /** Formatting through parse(), as a caller with its own object model would, agrees with CPython. */
    @Test
    @SuppressWarnings("unchecked")
    void parsedTemplatesFormatLikeCpython() {
        InputStream table = getClass().getResourceAsStream("/format/cases.tsv");
        int checked = 0;
        for (CpythonCasesTest.Case c : CpythonCasesTest.load(table)) {
            if (!c.kind().equals("strformat") || c.expected().startsWith("!")) {
                continue;
            }
            List<Object> args = (List<Object>) PyLiteral.parse(c.valueText());
            assertEquals(c.expected(), render(c.text(), (List<Object>) args.get(0),
                    (Map<String, Object>) args.get(1)), c.toString());
            checked++;
        }
        assertEquals(true, checked > 50, "checked " + checked);
    }

    private static String render(String template, List<Object> positional, Map<String, Object> named) {
        PythonModel model = PythonModel.INSTANCE;
        StringBuilder out = new StringBuilder();
        for (Part part : StrFormat.parse(template)) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
                continue;
            }
            Field field = (Field) part;
            Object value = field.key() instanceof String name
                    ? named.get(name)
                    : positional.get((Integer) field.key());
            for (StrFormat.Accessor a : field.accessors()) {
                value = a instanceof Attribute attr ? model.attribute(value, attr.name())
                        : model.index(value, ((Index) a).key());
            }
            String spec = field.spec().indexOf('{') >= 0 ? render(field.spec(), positional, named) : field.spec();
            out.append(model.format(value, field.conversion(), spec));
        }
        return out.toString();
    }
}
