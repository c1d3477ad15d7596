package lockstep.sim.lang;

import java.text.Normalizer;

/** Unicode rules for names: which characters may start or continue one, and how names are normalized. */
final class Identifiers {
    private Identifiers() {}

    /** Approximates Python's XID_Start (Java's identifier-start set, plus '_'). */
    static boolean isStart(int c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c);
    }

    /** Approximates Python's XID_Continue; Java also admits "ignorable" format characters, which Python does not. */
    static boolean isPart(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** Python's str.isprintable for one character: not a control, format, separator, surrogate or unassigned one. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python normalizes non-ASCII names to NFKC, so {@code ｘ} and {@code x} are the same name. */
    static String normalize(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return Normalizer.normalize(name, Normalizer.Form.NFKC);
            }
        }
        return name;
    }
}
