package lockstep.sim.lang;

/**
 * Splits the body of one f-string token into literal text and replacement fields, as CPython 3.11's
 * {@code string_parser.c} does: {@code {{}/{@code }}} escapes, {@code {expr!r:spec}}, nested fields in the format
 * spec, and the {@code {expr=}} debug form. The expression of each field is parsed by a {@link Parser} over the same
 * source, so its nodes carry their true positions.
 */
final class FStringParser {
    /** CPython allows a field inside a format spec, but no deeper. */
    private static final int MAX_FIELD_NESTING = 2;
    private static final int MAX_BRACKETS = 200;

    private final TokenCursor in;
    private final ParseContext ctx;
    private final StringLiterals.Literal lit;
    private final Token first;
    private final int[] src;
    private final int end;
    private int pos;

    /** {@code first} is the first string token of the run this f-string belongs to. */
    FStringParser(TokenCursor in, ParseContext ctx, StringLiterals.Literal lit, Token first) {
        this.in = in;
        this.ctx = ctx;
        this.lit = lit;
        this.first = first;
        this.src = ctx.src();
        this.end = lit.bodyEnd();
        this.pos = lit.bodyStart();
    }

    void parseInto(JoinedStrBuilder joined) throws ProgramError {
        parseParts(joined, 0);
    }

    private void parseParts(JoinedStrBuilder joined, int fieldNesting) throws ProgramError {
        while (true) {
            boolean doubledBrace = literal(joined, fieldNesting);
            if (doubledBrace) {
                continue;
            }
            if (pos >= end || src[pos] == '}') {
                break;
            }
            replacementField(joined, fieldNesting);
        }
        if (fieldNesting != 0 && (pos >= end || src[pos] != '}')) {
            throw error("f-string: expecting '}'");
        }
    }

    /**
     * Reads literal text up to a '{' or '}' (or the end) and adds it. Returns true after an escaped brace, whose
     * first character ends the literal and whose second is skipped.
     */
    private boolean literal(JoinedStrBuilder joined, int fieldNesting) throws ProgramError {
        int start = pos;
        boolean doubled = false;
        while (pos < end) {
            int ch = src[pos++];
            if (!lit.raw() && ch == '\\' && pos < end) {
                ch = src[pos++];
                if (ch == 'N') {
                    // Skip "\N{NAME}" so its braces are not taken for a field.
                    if (pos < end && src[pos++] == '{') {
                        while (pos < end && src[pos++] != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (fieldNesting == 0) {
                    if (pos < end && src[pos] == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        pos--;
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                pos--;
                break;
            }
        }
        int literalEnd = pos;
        if (literalEnd > start) {
            StringLiterals strings = new StringLiterals(in, ctx);
            joined.addLiteral(lit.raw() ? strings.rawText(start, literalEnd) : strings.decode(start, literalEnd));
        }
        if (doubled) {
            pos++;
        }
        return doubled;
    }

    /** At '{': one replacement field up to and including its '}'. */
    private void replacementField(JoinedStrBuilder joined, int fieldNesting) throws ProgramError {
        if (fieldNesting >= MAX_FIELD_NESTING) {
            throw error("f-string: expressions nested too deeply");
        }
        pos++;
        int exprStart = pos;
        int exprEnd = scanExpression();
        Expr value = compileExpression(exprStart, exprEnd);

        String debugText = null;
        if (src[pos] == '=') {
            pos++;
            while (pos < end && isSpace(src[pos])) {
                pos++;
            }
            if (pos >= end) {
                throw error("f-string: expecting '}'");
            }
            debugText = new String(src, exprStart, pos - exprStart);
        }
        char conversion = 0;
        if (src[pos] == '!') {
            pos++;
            if (pos >= end) {
                throw error("f-string: expecting '}'");
            }
            int c = src[pos++];
            if (c != 's' && c != 'r' && c != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = (char) c;
        }
        Expr formatSpec = null;
        if (pos < end && src[pos] == ':') {
            pos++;
            if (pos >= end) {
                throw error("f-string: expecting '}'");
            }
            JoinedStrBuilder spec = new JoinedStrBuilder(first);
            parseParts(spec, fieldNesting + 1);
            formatSpec = spec.finish(lit.token());
        }
        if (pos >= end || src[pos] != '}') {
            throw error("f-string: expecting '}'");
        }
        pos++;
        if (debugText != null && formatSpec == null && conversion == 0) {
            conversion = 'r'; // {x=} shows repr unless told otherwise
        }
        if (debugText != null) {
            joined.addLiteral(debugText);
        }
        joined.addValue(new Expr.FormattedValue(value, conversion, formatSpec, first.line(), first.col()));
    }

    /**
     * Finds where the expression of a field ends: at a top-level '!', ':', '}' or '=' (but not '!=', '==', '<=',
     * '>='), skipping strings and brackets. Leaves {@code pos} there and returns it.
     */
    private int scanExpression() throws ProgramError {
        int quote = 0;
        boolean tripleQuoted = false;
        int depth = 0;
        int[] brackets = new int[MAX_BRACKETS];
        for (; pos < end; pos++) {
            int ch = src[pos];
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (!tripleQuoted) {
                        quote = 0;
                    } else if (pos + 2 < end && src[pos + 1] == ch && src[pos + 2] == ch) {
                        pos += 2;
                        quote = 0;
                        tripleQuoted = false;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                tripleQuoted = pos + 2 < end && src[pos + 1] == ch && src[pos + 2] == ch;
                if (tripleQuoted) {
                    pos += 2;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_BRACKETS) {
                    throw error("f-string: too many nested parenthesis");
                }
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end && src[pos + 1] == '=' && ch != ':' && ch != '}') {
                    pos++; // "!=", "==", "<=", ">=" belong to the expression
                    continue;
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw error("f-string: unmatched '" + (char) ch + "'");
                }
                int opening = brackets[--depth];
                if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}')) {
                    throw error("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + (char) opening + "'");
                }
            }
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (depth != 0) {
            throw error("f-string: unmatched '" + (char) brackets[depth - 1] + "'");
        }
        if (pos >= end) {
            throw error("f-string: expecting '}'");
        }
        return pos;
    }

    private Expr compileExpression(int from, int to) throws ProgramError {
        int k = from;
        while (k < to && (src[k] == ' ' || src[k] == '\t' || src[k] == '\n' || src[k] == '\f')) {
            k++;
        }
        if (k == to) {
            int after = src[to];
            if (after == '!' || after == ':' || after == '=') {
                throw error("f-string: expression required before '" + (char) after + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        Token t = lit.token();
        int line = t.line();
        int lineStart = t.start() - (t.col() - 1);
        int braceLine = line;
        int braceCol = 0;
        for (int i = t.start(); i < from; i++) {
            if (i == from - 1) {
                braceLine = line;
                braceCol = i - lineStart + 1;
            }
            if (src[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Parser.parseFieldExpression(ctx, new Parser.FieldSource(from, to, line, lineStart, braceLine, braceCol),
                t.level());
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    private ProgramError error(String message) {
        return in.errorAtFurthest(message);
    }
}
