package lockstep.sim.lang;

import java.util.List;

/**
 * Turns adjacent STRING tokens into one {@link Expr.Constant} string, or a {@link Expr.JoinedStr} when any of them
 * is an f-string. Errors point at the token after the strings, as CPython's do.
 */
final class StringLiterals {
    /** A STRING token split into its prefix flags and the code-point range of its body. */
    record Literal(Token token, boolean raw, boolean formatted, boolean bytes, int bodyStart, int bodyEnd) {
        static Literal of(Token t) {
            String text = t.text();
            int prefix = 0;
            boolean raw = false;
            boolean formatted = false;
            boolean bytes = false;
            while (text.charAt(prefix) != '\'' && text.charAt(prefix) != '"') {
                switch (Character.toLowerCase(text.charAt(prefix))) {
                    case 'r' -> raw = true;
                    case 'f' -> formatted = true;
                    case 'b' -> bytes = true;
                    default -> { } // 'u' changes nothing
                }
                prefix++;
            }
            char quote = text.charAt(prefix);
            int quoteSize = text.length() - prefix >= 6 && text.charAt(prefix + 1) == quote
                    && text.charAt(prefix + 2) == quote ? 3 : 1;
            // The token text is the source text, so body indices in the source follow from the token's start.
            int codePointsBeforeBody = text.codePointCount(0, prefix + quoteSize);
            int bodyLength = text.codePointCount(prefix + quoteSize, text.length() - quoteSize);
            int bodyStart = t.start() + codePointsBeforeBody;
            return new Literal(t, raw, formatted, bytes, bodyStart, bodyStart + bodyLength);
        }
    }

    private final TokenCursor in;
    private final ParseContext ctx;

    StringLiterals(TokenCursor in, ParseContext ctx) {
        this.in = in;
        this.ctx = ctx;
    }

    Expr concatenate(List<Token> tokens) throws ProgramError {
        Token first = tokens.get(0);
        JoinedStrBuilder joined = new JoinedStrBuilder(first);
        boolean formatted = false;
        for (Token t : tokens) {
            Literal lit = Literal.of(t);
            if (lit.bytes()) {
                throw in.unsupported(t, "bytes literals (b'...')");
            }
            if (lit.formatted()) {
                formatted = true;
                new FStringParser(in, ctx, lit, first).parseInto(joined);
            } else {
                joined.addLiteral(lit.raw() ? rawText(lit.bodyStart(), lit.bodyEnd())
                        : decode(lit.bodyStart(), lit.bodyEnd()));
            }
        }
        if (!formatted) {
            return new Expr.Constant(joined.pendingText(), first.line(), first.col());
        }
        return joined.finish(first);
    }

    String rawText(int from, int to) {
        return new String(ctx.src(), from, to - from);
    }

    /**
     * Decodes backslash escapes in {@code src[from, to)} like CPython 3.11: unknown escapes keep their backslash,
     * and malformed ones fail with the codec's message, whose byte positions count each non-ASCII character as the
     * ten-byte {@code \UXXXXXXXX} escape CPython rewrites it to before decoding.
     */
    String decode(int from, int to) throws ProgramError {
        int[] src = ctx.src();
        StringBuilder out = new StringBuilder(to - from);
        int bytePos = 0;
        int i = from;
        while (i < to) {
            int c = src[i];
            if (c != '\\') {
                out.appendCodePoint(c);
                bytePos += c < 128 ? 1 : 10;
                i++;
                continue;
            }
            int escapeStart = bytePos;
            if (i + 1 >= to) {
                out.append('\\'); // a lone trailing backslash (possible in an f-string literal part) stays
                break;
            }
            int n = src[i + 1];
            if (n >= 128) {
                out.append('\\').appendCodePoint(n);
                bytePos += 16;
                i += 2;
                continue;
            }
            i += 2;
            bytePos += 2;
            switch (n) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append((char) n);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = n - '0';
                    for (int k = 0; k < 2 && i < to && src[i] >= '0' && src[i] <= '7'; k++) {
                        value = value * 8 + src[i++] - '0';
                        bytePos++;
                    }
                    out.appendCodePoint(value);
                }
                case 'x', 'u', 'U' -> {
                    int count = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                    String message = n == 'x' ? "truncated \\xXX escape"
                            : n == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long value = 0;
                    for (int k = 0; k < count; k++) {
                        int digit = i < to ? Character.digit(src[i], 16) : -1;
                        if (digit < 0 || src[i] >= 128) {
                            throw unicodeError(escapeStart, bytePos, message);
                        }
                        value = value * 16 + digit;
                        i++;
                        bytePos++;
                    }
                    if (value > Character.MAX_CODE_POINT) {
                        throw unicodeError(escapeStart, bytePos, "illegal Unicode character");
                    }
                    out.appendCodePoint((int) value);
                }
                case 'N' -> {
                    String message = "malformed \\N character escape";
                    if (i < to && src[i] == '{') {
                        int nameStart = i + 1;
                        int j = nameStart;
                        while (j < to && src[j] != '}') {
                            j++;
                        }
                        if (j >= to) {
                            throw unicodeError(escapeStart, bytePos + utf8Length(src, i, to), message);
                        }
                        bytePos += utf8Length(src, i, j + 1);
                        i = j + 1;
                        if (j > nameStart) {
                            Integer cp = characterNamed(new String(src, nameStart, j - nameStart));
                            if (cp != null) {
                                out.appendCodePoint(cp);
                                continue;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    throw unicodeError(escapeStart, bytePos, message);
                }
                default -> out.append('\\').append((char) n);
            }
        }
        return out.toString();
    }

    private static int utf8Length(int[] src, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += src[k] < 128 ? 1 : 10;
        }
        return n;
    }

    private static Integer characterNamed(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ProgramError unicodeError(int start, int end, String reason) {
        return in.errorAtFurthest("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start
                + "-" + (end - 1) + ": " + reason);
    }
}
