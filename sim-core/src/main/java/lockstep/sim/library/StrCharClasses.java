package lockstep.sim.library;

/**
 * The character classes behind {@code str}'s predicates (isspace, isdigit, isnumeric, isdecimal, isidentifier),
 * following CPython's Unicode database as closely as Java's allows.
 */
final class StrCharClasses {
    private StrCharClasses() {}

    /** Han characters CPython counts as numeric (Unihan numeric values) though their category is Lo. */
    private static final String HAN_NUMERIC = "\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94"
            + "\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343\u5344\u5345\u534c"
            + "\u53c1\u53c2\u53c3\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c\u5f0d\u5f0e\u5f10\u62fe\u634c\u67d2"
            + "\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2"
            + "\uf9d1\uf9d3\uf9fd";

    /** The digits of the Basic Multilingual Plane that are not decimal ({@code ²}, {@code ①}, ...), as ranges. */
    private static final int[] DIGIT_RANGES = {0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070,
        0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd,
        0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792};

    /** Characters Java takes as identifier start or part that Python's XID_Start / XID_Continue exclude. */
    private static final String NOT_XID_CONTINUE = "\u037a\u2e2f\u309b\u309c\ufc5e\ufc5f\ufc60\ufc61\ufc62\ufc63"
            + "\ufdfa\ufdfb\ufe70\ufe72\ufe74\ufe76\ufe78\ufe7a\ufe7c\ufe7e";
    private static final String NOT_XID_START = NOT_XID_CONTINUE + "\u0e33\u0eb3\uff9e\uff9f";

    static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        if (c <= 0xffff) {
            for (int i = 0; i < DIGIT_RANGES.length; i += 2) {
                if (c >= DIGIT_RANGES[i] && c <= DIGIT_RANGES[i + 1]) {
                    return true;
                }
            }
            return false;
        }
        if (Character.getType(c) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || (c >= 0x3400 && HAN_NUMERIC.indexOf(c) >= 0);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = i == 0 ? (c == '_' || (Character.isUnicodeIdentifierStart(c) && NOT_XID_START.indexOf(c) < 0))
                    : (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                            && NOT_XID_CONTINUE.indexOf(c) < 0);
            if (!ok) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
