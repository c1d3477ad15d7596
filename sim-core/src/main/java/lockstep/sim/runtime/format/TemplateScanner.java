package lockstep.sim.runtime.format;

/**
 * The lexical side of {@code str.format}, as CPython's {@code unicode_format.h}: {@code MarkupIterator_next} +
 * {@code parse_field} ({@link #next}), {@code field_name_split} ({@link #splitFieldName}) and
 * {@code FieldNameIterator} ({@link Accessors}). Works on UTF-16 indices: every delimiter is ASCII, so surrogate
 * pairs never split; the conversion character is read as a whole code point.
 */
final class TemplateScanner {
    private final String s;
    private final int end;
    private int pos;

    // The chunk found by the last next(): literal text, then possibly a field.
    String literal;
    boolean fieldPresent;
    int nameStart;
    int nameEnd;
    int conversion;
    int specStart;
    int specEnd;
    boolean specNeedsExpanding;

    TemplateScanner(String s, int start, int end) {
        this.s = s;
        this.pos = start;
        this.end = end;
    }

    /** Auto-numbering state shared by a template and the specs nested in it. */
    static final class AutoNumber {
        private static final int INIT = 0;
        private static final int AUTO = 1;
        private static final int MANUAL = 2;

        private int state = INIT;
        private long next;
    }

    /** The first part of a field name: an Integer/Long position or a String name; the rest are accessors. */
    record FieldName(Object key, boolean autoNumbered, int restStart, int restEnd) {
    }

    /** Scans the next literal and field; false at the end. */
    boolean next() {
        literal = "";
        fieldPresent = false;
        conversion = 0;
        specStart = specEnd = 0;
        specNeedsExpanding = false;
        if (pos >= end) {
            return false;
        }
        int start = pos;
        char c = 0;
        boolean markupFollows = false;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markupFollows = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int len = pos - start;
        if (c == '}' && (atEnd || c != s.charAt(pos))) {
            throw FormatError.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{') {
            throw FormatError.valueError("Single '{' encountered in format string");
        }
        if (!atEnd) {
            if (c == s.charAt(pos)) {
                // A doubled brace: one of it is literal text, no field follows.
                pos++;
                markupFollows = false;
            } else {
                len--;
            }
        }
        literal = s.substring(start, start + len);
        if (markupFollows) {
            fieldPresent = true;
            parseField();
        }
        return true;
    }

    private void parseField() {
        nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw FormatError.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        nameEnd = pos - 1;
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (pos >= end) {
                    throw FormatError.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    c = s.charAt(pos++);
                    if (c == '}') {
                        return;
                    }
                    if (c != ':') {
                        throw FormatError.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            specStart = pos;
            int count = 1;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') {
                    specNeedsExpanding = true;
                    count++;
                } else if (c == '}') {
                    count--;
                    if (count == 0) {
                        specEnd = pos - 1;
                        return;
                    }
                }
            }
            throw FormatError.valueError("unmatched '{' in format spec");
        } else if (c != '}') {
            throw FormatError.valueError("expected '}' before end of string");
        }
    }

    /** Raises CPython's error for a conversion other than none, s, r, a. */
    static void checkConversion(int conversion) {
        if (conversion == 0 || conversion == 'r' || conversion == 's' || conversion == 'a') {
            return;
        }
        if (conversion > 32 && conversion < 127) {
            throw FormatError.valueError("Unknown conversion specifier " + (char) conversion);
        }
        throw FormatError.valueError("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
    }

    /** CPython's {@code field_name_split}: the first name part, numbering empty ones automatically. */
    static FieldName splitFieldName(String s, int start, int end, AutoNumber auto) {
        int i = start;
        while (i < end) {
            char c = s.charAt(i++);
            if (c == '[' || c == '.') {
                i--;
                break;
            }
        }
        long index = integer(s, start, i);
        boolean empty = start >= i;
        boolean numeric = empty || index != -1;
        if (auto.state == AutoNumber.INIT && numeric) {
            auto.state = empty ? AutoNumber.AUTO : AutoNumber.MANUAL;
        }
        if (numeric) {
            if (auto.state == AutoNumber.MANUAL && empty) {
                throw FormatError.valueError(
                        "cannot switch from manual field specification to automatic field numbering");
            }
            if (auto.state == AutoNumber.AUTO && !empty) {
                throw FormatError.valueError(
                        "cannot switch from automatic field numbering to manual field specification");
            }
        }
        if (empty) {
            index = auto.next++;
        }
        Object key = index != -1 ? box(index) : s.substring(start, i);
        return new FieldName(key, empty, i, end);
    }

    /** Integer when it fits, else Long. */
    static Object box(long value) {
        if (value <= Integer.MAX_VALUE) {
            return Integer.valueOf((int) value); // not a ?: expression, which would promote both to Long
        }
        return Long.valueOf(value);
    }

    /** CPython's {@code get_integer}: the value if [start, end) is all decimal digits, else -1 (also if empty). */
    private static long integer(String s, int start, int end) {
        if (start >= end) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int digit = Character.digit(cp, 10);
            if (digit < 0) {
                return -1;
            }
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** CPython's {@code FieldNameIterator}: the {@code .attr} and {@code [key]} parts, one at a time. */
    static final class Accessors {
        private final String s;
        private final int end;
        private int pos;

        Accessors(String s, FieldName name) {
            this.s = s;
            this.pos = name.restStart();
            this.end = name.restEnd();
        }

        /** The next accessor, or null at the end. */
        StrFormat.Accessor next() {
            if (pos >= end) {
                return null;
            }
            char c = s.charAt(pos++);
            int start = pos;
            if (c == '.') {
                while (pos < end) {
                    char d = s.charAt(pos++);
                    if (d == '[' || d == '.') {
                        pos--;
                        break;
                    }
                }
                checkNotEmpty(start, pos);
                return new StrFormat.Attribute(s.substring(start, pos));
            }
            if (c == '[') {
                boolean closed = false;
                while (pos < end) {
                    if (s.charAt(pos++) == ']') {
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    throw FormatError.valueError("Missing ']' in format string");
                }
                long index = integer(s, start, pos - 1);
                checkNotEmpty(start, pos - 1);
                return new StrFormat.Index(index != -1 ? box(index) : s.substring(start, pos - 1));
            }
            throw FormatError.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }

        private static void checkNotEmpty(int start, int stop) {
            if (start == stop) {
                throw FormatError.valueError("Empty attribute in format string");
            }
        }
    }
}
