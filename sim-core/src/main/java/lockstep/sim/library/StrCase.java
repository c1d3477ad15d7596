package lockstep.sim.library;

import java.util.Locale;

/**
 * Case mapping for {@code str} as CPython does it, with full (multi-character) mappings and the final sigma:
 * lower, upper, title, capitalize, swapcase, casefold, and the isupper/islower/istitle tests.
 */
final class StrCase {
    private StrCase() {}

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static String lowerOf(int c) {
        return new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
    }

    /** CPython's {@code lower_ucs4}: the full lowercase of {@code s}'s code point {@code c} at {@code i}. */
    private static String lowerAt(String s, int i, int c) {
        if (c == 0x3a3) {
            return finalSigma(s, i) ? "\u03c2" : "\u03c3";
        }
        return lowerOf(c);
    }

    /** Whether the capital sigma at {@code i} ends a word: cased (case-ignorables)* Σ not followed by the same. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                break;
            }
            c = 0;
        }
        if (c == 0 || !isCased(c)) {
            return false;
        }
        for (j = i + 1; j < s.length(); ) {
            c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers, and the mid-word punctuation. */
    private static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == '\'' || c == '.' || c == ':' || c == 0xb7 || c == 0x387 || c == 0x55f || c == 0x5f4
                || c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027 || c == 0xfe13 || c == 0xfe52
                || c == 0xfe55 || c == 0xff07 || c == 0xff0e || c == 0xff1a;
    }

    static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c < 0x80) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c);
            } else {
                sb.append(lowerAt(s, i, c));
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static String upperOf(int c) {
        return new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
    }

    /** The full titlecase mapping: the simple one where it exists, else upper then lower ({@code ß} → {@code Ss}). */
    private static String titleOf(int c) {
        if (Character.isTitleCase(c)) {
            return new String(Character.toChars(c));
        }
        if (c == 0x149) {
            return "\u02bcN";
        }
        int t = Character.toTitleCase(c);
        String upper = upperOf(c);
        if (t != c || upper.codePointCount(0, upper.length()) == 1) {
            return new String(Character.toChars(t));
        }
        int first = upper.codePointAt(0);
        String rest = upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        if (c >= 0x1f80 && c <= 0x1fff && rest.endsWith("\u03b9")) {
            rest = rest.substring(0, rest.length() - 1) + "\u0345";
        }
        return new String(Character.toChars(first)) + rest;
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            sb.append(previousCased ? lowerAt(s, i, c) : titleOf(c));
            i += Character.charCount(c);
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int c = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(titleOf(c));
        for (int i = Character.charCount(c); i < s.length(); ) {
            int d = s.codePointAt(i);
            sb.append(lowerAt(s, i, d));
            i += Character.charCount(d);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int at = i;
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                sb.append(lowerAt(s, at, c));
            } else if (Character.isLowerCase(c)) {
                sb.append(upperOf(c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0x131 || (c >= 0x13a0 && c <= 0x13f5)) {
                sb.appendCodePoint(c);
            } else if (c >= 0x13f8 && c <= 0x13fd) {
                sb.appendCodePoint(c - 8);
            } else if (c == 0x1e9e) {
                sb.append("ss");
            } else if (c >= 0xab70 && c <= 0xabbf) {
                sb.appendCodePoint(c - 0xab70 + 0x13a0);
            } else if (isCased(c)) {
                sb.append(upperOf(c).toLowerCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    static boolean isCase(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean isUpper = Character.isUpperCase(c);
            boolean isLower = Character.isLowerCase(c);
            if (Character.isTitleCase(c) || (upper ? isLower : isUpper)) {
                return false;
            }
            if (upper ? isUpper : isLower) {
                cased = true;
            }
        }
        return cased;
    }

    static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
