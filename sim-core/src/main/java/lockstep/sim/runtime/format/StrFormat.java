package lockstep.sim.runtime.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code str.format} templates: {@link #parse} into literal text and replacement fields, or {@link #format} a
 * template directly through a caller-supplied object model ({@link FieldFormatter}).
 */
public final class StrFormat {
    private StrFormat() {
    }

    /** A piece of a parsed template. */
    public sealed interface Part permits Literal, Field {
    }

    /** Literal text, with {@code {{} and {@code }}} already undoubled. */
    public record Literal(String text) implements Part {
    }

    /**
     * A replacement field {@code {key.attr[index]!conversion:spec}}.
     *
     * @param key an {@code Integer} position (auto-numbered fields get their number here; a {@code Long} if beyond
     *     int range) or a {@code String} name
     * @param accessors the {@code .attr} / {@code [index]} chain, applied left to right
     * @param conversion 0, {@code 's'}, {@code 'r'} or {@code 'a'}
     * @param spec the format spec. It may contain nested fields; auto-numbered ones there already carry their
     *     explicit numbers ({@code '{:{}}'} gives key 0 and spec {@code "{1}"}), so the caller can format the
     *     spec as a template with the same arguments, then format the value with the result.
     */
    public record Field(Object key, List<Accessor> accessors, char conversion, String spec) implements Part {
        public Field {
            accessors = List.copyOf(accessors);
        }
    }

    /** One step of a field name after its first part. */
    public sealed interface Accessor permits Attribute, Index {
    }

    /** {@code .name}: an attribute lookup. */
    public record Attribute(String name) implements Accessor {
    }

    /** {@code [key]}: an item lookup; key is an {@code Integer} (a {@code Long} if huge) when all digits, else a String. */
    public record Index(Object key) implements Accessor {
    }

    /** The caller's object model for {@link #format}. */
    public interface FieldFormatter {
        /** {@code getattr(value, name)}, raising the caller's AttributeError as a {@link FormatError}. */
        Object attribute(Object value, String name);

        /**
         * {@code value[key]}; key is Integer/Long or String as in {@link Index} (CPython passes an int to
         * sequences and to other objects alike).
         */
        Object index(Object value, Object key);

        /**
         * Applies the conversion ({@code 's'} str, {@code 'r'} repr, {@code 'a'} ascii, 0 none) and then
         * {@code format(result, spec)}; the spec has its nested fields already substituted.
         */
        String format(Object value, char conversion, String spec);
    }

    /**
     * Parses a template the way {@code str.format} reads it, raising the first error CPython would raise that
     * does not depend on the arguments (syntax, auto/manual numbering, unknown conversions, fields nested two
     * deep). Adjacent literal text is merged into one {@link Literal}.
     */
    public static List<Part> parse(String template) {
        TemplateScanner.AutoNumber auto = new TemplateScanner.AutoNumber();
        TemplateScanner scanner = new TemplateScanner(template, 0, template.length());
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (scanner.next()) {
            literal.append(scanner.literal);
            if (!scanner.fieldPresent) {
                continue;
            }
            if (literal.length() > 0) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            TemplateScanner.FieldName name =
                    TemplateScanner.splitFieldName(template, scanner.nameStart, scanner.nameEnd, auto);
            List<Accessor> accessors = new ArrayList<>();
            TemplateScanner.Accessors rest = new TemplateScanner.Accessors(template, name);
            for (Accessor a = rest.next(); a != null; a = rest.next()) {
                accessors.add(a);
            }
            TemplateScanner.checkConversion(scanner.conversion);
            String spec = scanner.specNeedsExpanding
                    ? numberNestedFields(template, scanner.specStart, scanner.specEnd, auto)
                    : template.substring(scanner.specStart, scanner.specEnd);
            parts.add(new Field(name.key(), accessors, (char) scanner.conversion, spec));
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return List.copyOf(parts);
    }

    /** Checks a nested spec and writes the numbers of its auto-numbered fields into it. */
    private static String numberNestedFields(String template, int start, int end, TemplateScanner.AutoNumber auto) {
        TemplateScanner scanner = new TemplateScanner(template, start, end);
        StringBuilder out = new StringBuilder();
        int copied = start;
        while (scanner.next()) {
            if (!scanner.fieldPresent) {
                continue;
            }
            TemplateScanner.FieldName name =
                    TemplateScanner.splitFieldName(template, scanner.nameStart, scanner.nameEnd, auto);
            TemplateScanner.Accessors rest = new TemplateScanner.Accessors(template, name);
            while (rest.next() != null) {
                // only checked here
            }
            TemplateScanner.checkConversion(scanner.conversion);
            if (scanner.specNeedsExpanding) {
                throw maxRecursion();
            }
            if (name.autoNumbered()) {
                out.append(template, copied, scanner.nameStart).append(name.key());
                copied = scanner.nameStart;
            }
        }
        return out.append(template, copied, end).toString();
    }

    private static FormatError maxRecursion() {
        return FormatError.valueError("Max string recursion exceeded");
    }

    /**
     * {@code template.format(*positional, **named)}, with CPython's order of evaluation and errors: fields are
     * looked up and formatted left to right as the template is read, so a missing argument is reported before a
     * syntax error further on. {@code positional == null} means {@code format_map} (positional fields are a
     * ValueError); {@code named == null} means no keyword arguments.
     *
     * @throws FormatError e.g. IndexError "Replacement index 2 out of range for positional args tuple",
     *     KeyError {@code 'name'}, ValueError "Single '}' encountered in format string"
     */
    public static String format(String template, List<Object> positional, Map<String, Object> named,
                                FieldFormatter formatter) {
        return build(template, 0, template.length(), positional, named, formatter, 2,
                new TemplateScanner.AutoNumber());
    }

    private static String build(String template, int start, int end, List<Object> positional,
                                Map<String, Object> named, FieldFormatter formatter, int depth,
                                TemplateScanner.AutoNumber auto) {
        if (depth <= 0) {
            throw maxRecursion();
        }
        TemplateScanner scanner = new TemplateScanner(template, start, end);
        StringBuilder out = new StringBuilder();
        while (scanner.next()) {
            out.append(scanner.literal);
            if (!scanner.fieldPresent) {
                continue;
            }
            TemplateScanner.FieldName name =
                    TemplateScanner.splitFieldName(template, scanner.nameStart, scanner.nameEnd, auto);
            Object value = lookup(name.key(), positional, named);
            TemplateScanner.Accessors rest = new TemplateScanner.Accessors(template, name);
            for (Accessor a = rest.next(); a != null; a = rest.next()) {
                value = a instanceof Attribute attr
                        ? formatter.attribute(value, attr.name())
                        : formatter.index(value, ((Index) a).key());
            }
            TemplateScanner.checkConversion(scanner.conversion);
            String spec = scanner.specNeedsExpanding
                    ? build(template, scanner.specStart, scanner.specEnd, positional, named, formatter, depth - 1,
                    auto)
                    : template.substring(scanner.specStart, scanner.specEnd);
            out.append(formatter.format(value, (char) scanner.conversion, spec));
        }
        return out.toString();
    }

    private static Object lookup(Object key, List<Object> positional, Map<String, Object> named) {
        if (key instanceof String name) {
            if (named == null || !named.containsKey(name)) {
                throw new FormatError("KeyError", PyValues.reprStr(name));
            }
            return named.get(name);
        }
        if (positional == null) {
            throw FormatError.valueError("Format string contains positional fields");
        }
        long index = ((Number) key).longValue();
        if (index >= positional.size()) {
            throw new FormatError("IndexError",
                    "Replacement index " + index + " out of range for positional args tuple");
        }
        return positional.get((int) index);
    }
}
