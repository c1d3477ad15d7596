package lockstep.sim.lang;

import java.util.Set;

/** Python 3.11's reserved words, and the tests on tokens that the parser's decisions and messages need. */
final class Keywords {
    private Keywords() {}

    static final Set<String> RESERVED = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /**
     * CPython's test for a soft keyword in its error rules compares only as many characters as the name has, so any
     * prefix of "match" or "case" passes ({@code mat h} gets no "forgot a comma" hint). We copy that.
     */
    static boolean looksLikeSoftKeyword(Token t) {
        if (t.kind() != TokenKind.NAME || t.text().isEmpty()) {
            return false;
        }
        return "match".startsWith(t.text()) || "case".startsWith(t.text()) || "_".equals(t.text());
    }

    /** Keywords that can begin an expression. */
    private static final Set<String> EXPRESSION_STARTERS = Set.of("not", "lambda", "await", "None", "True", "False");

    static boolean isReserved(Token t) {
        return t.kind() == TokenKind.NAME && RESERVED.contains(t.text());
    }

    /** A NAME usable as a variable: not a reserved word. */
    static boolean isPlainName(Token t) {
        return t.kind() == TokenKind.NAME && !RESERVED.contains(t.text());
    }

    /** Whether an expression can start with this token (binary operators aside). */
    static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME -> !RESERVED.contains(t.text()) || EXPRESSION_STARTERS.contains(t.text());
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }
}
