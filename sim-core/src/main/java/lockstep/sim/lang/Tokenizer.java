package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns source text into tokens with NEWLINE, INDENT and DEDENT, following CPython 3.11's tokenizer closely enough
 * that its error messages and positions come out the same.
 *
 * <p>Tokenizing stops at the first error, which becomes a final {@link TokenKind#ERROR} token. CPython reports two
 * kinds of tokenizer error differently, and {@link Result#errorWinsLater} keeps the distinction: errors it raises at
 * once (bad string, bad number, bad character, bad bracket) also win over a parser error earlier in the file, because
 * CPython tokenizes the rest of the file after a parse failure; errors it raises only when the parser asks for the
 * token (bad dedent, tab/space mix, backslash misuse, end of file) do not.
 */
final class Tokenizer {
    /** Brackets nested deeper than this are refused (CPython allows 200; we keep the parser's recursion small). */
    static final int MAX_BRACKET_DEPTH = 100;
    /** CPython's MAXINDENT: the indentation stack cannot reach this depth. */
    private static final int MAX_INDENT = 100;
    private static final int TAB_SIZE = 8;
    static final int EOF = -1;

    /**
     * The tokens of a source, ending with ENDMARKER or with an ERROR token; whether that error overrides a parser
     * error found before it; and, if tokenizing stopped inside brackets, the error naming the innermost one.
     */
    record Result(List<Token> tokens, boolean errorWinsLater, ProgramError unclosedBracket) {
        /** The tokenizer's error, or null if it reached the end. */
        ProgramError error() {
            Token last = tokens.get(tokens.size() - 1);
            return last.kind() == TokenKind.ERROR ? last.error() : null;
        }
    }

    private final String fileName;
    private final int[] src;
    private final int end;
    private final String errorPrefix;
    private final int baseLevel;

    private int pos;
    private int line;
    private int lineStart;
    private int prevLineStart;
    private boolean atBol;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indent;
    private int pendingIndents;
    private int level;
    private final int[] bracketChar = new int[MAX_BRACKET_DEPTH + 1];
    private final int[] bracketLine = new int[MAX_BRACKET_DEPTH + 1];
    private final int[] bracketCol = new int[MAX_BRACKET_DEPTH + 1];
    private final List<Token> tokens = new ArrayList<>();
    private final NumberScanner numbers = new NumberScanner(this);

    private Tokenizer(String fileName, int[] src, int from, int to, int line, int lineStart, int baseLevel,
                      String errorPrefix) {
        this.fileName = fileName;
        this.src = src;
        this.pos = from;
        this.end = to;
        this.line = line;
        this.lineStart = lineStart;
        this.prevLineStart = lineStart;
        this.baseLevel = baseLevel;
        this.level = baseLevel;
        this.errorPrefix = errorPrefix;
        this.atBol = baseLevel == 0;
    }

    /** Tokenizes a whole module; {@code src} comes from {@link SourceText#codePoints}. */
    static Result tokenize(String fileName, int[] src) {
        return new Tokenizer(fileName, src, 0, src.length, 1, 0, 0, "").run();
    }

    /**
     * Tokenizes the expression part of an f-string replacement field, {@code src[from, to)}, as if it were inside
     * brackets (so newlines are insignificant), keeping true source positions for its tokens.
     */
    static Result tokenizeExpression(String fileName, int[] src, int from, int to, int line, int lineStart,
                                     int outerLevel) {
        return new Tokenizer(fileName, src, from, to, line, lineStart, outerLevel + 1, "f-string: ").run();
    }

    private Result run() {
        boolean errorWinsLater = false;
        while (true) {
            Token t;
            try {
                t = nextToken();
            } catch (ProgramError immediate) {
                t = new Token(TokenKind.ERROR, "", immediate.line(), immediate.col(), immediate.col(), level,
                        immediate.col(), pos, immediate);
                errorWinsLater = true;
            }
            tokens.add(t);
            if (t.kind() == TokenKind.ENDMARKER || t.kind() == TokenKind.ERROR) {
                break;
            }
        }
        ProgramError unclosed = null;
        if (level > baseLevel) {
            int i = level - 1;
            unclosed = new ProgramError(fileName, bracketLine[i], bracketCol[i],
                    "SyntaxError: " + errorPrefix + "'" + Character.toString(bracketChar[i]) + "' was never closed");
        }
        return new Result(tokens, errorWinsLater, unclosed);
    }

    // ---- characters ----

    int nextc() {
        return pos < end ? src[pos++] : EOF;
    }

    void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    /** Where the next character is read, for a scanner that looks ahead and goes back. */
    int position() {
        return pos;
    }

    void rewind(int position) {
        pos = position;
    }

    private int peekc() {
        return pos < end ? src[pos] : EOF;
    }

    /** Call after consuming a '\n': the next character starts a new line. */
    private void newLine() {
        line++;
        prevLineStart = lineStart;
        lineStart = pos;
    }

    /** CPython's current line at end of input is the last line read, not the empty one after the final newline. */
    private int cursorLine() {
        return pos >= end && lineStart == pos && line > 1 && baseLevel == 0 ? line - 1 : line;
    }

    /** CPython's cursor column (0-based) as used for errors at INDENT, DEDENT and end of input. */
    private int cursorCol() {
        return pos >= end && lineStart == pos && line > 1 && baseLevel == 0 ? pos - prevLineStart : pos - lineStart;
    }

    // ---- errors ----

    /** An error CPython raises immediately, pointing just past the last character read. */
    ProgramError error(String message) {
        return errorAt(line, pos - lineStart, message);
    }

    /** An error on the current line at the column of {@code start}, a position in the source. */
    ProgramError errorAtColumnOf(int start, String message) {
        return errorAt(line, start - lineStart + 1, message);
    }

    private ProgramError errorAt(int errLine, int errCol, String message) {
        return new ProgramError(fileName, errLine, Math.max(errCol, 1), "SyntaxError: " + errorPrefix + message);
    }

    /** An error CPython raises when the parser reaches it: becomes an ERROR token. */
    private Token deferred(int errLine, int errCol, String kindAndMessage) {
        ProgramError e = new ProgramError(fileName, errLine, Math.max(errCol, 1), kindAndMessage);
        return new Token(TokenKind.ERROR, "", errLine, errCol, errCol, level, errCol, pos, e);
    }

    private Token unexpectedEofOrUnclosed() {
        if (level > baseLevel) {
            // The token sits at the end of the input; its error names the bracket.
            int i = level - 1;
            ProgramError e = new ProgramError(fileName, bracketLine[i], bracketCol[i],
                    "SyntaxError: " + errorPrefix + "'" + Character.toString(bracketChar[i]) + "' was never closed");
            int col = cursorCol();
            return new Token(TokenKind.ERROR, "", cursorLine(), col + 1, col + 1, level, col, pos, e);
        }
        return deferred(cursorLine(), cursorCol(), "SyntaxError: " + errorPrefix + "unexpected EOF while parsing");
    }

    // ---- tokens ----

    private Token token(TokenKind kind, String text, int start) {
        int col = start - lineStart + 1;
        return new Token(kind, text, line, col, pos - lineStart + 1, level, col, start, null);
    }

    private Token textless(TokenKind kind) {
        int col = cursorCol();
        return new Token(kind, "", cursorLine(), col + 1, col + 1, level, col, pos, null);
    }

    private Token nextToken() throws ProgramError {
        while (true) {
            boolean blankLine = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altCol = 0;
                int contLineCol = 0;
                int c;
                while (true) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altCol++;
                    } else if (c == '\t') {
                        col = (col / TAB_SIZE + 1) * TAB_SIZE;
                        altCol++;
                    } else if (c == '\f') {
                        col = 0;
                        altCol = 0;
                    } else if (c == '\\') {
                        // A backslash in the indentation: the first one fixes the indentation of what follows.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        Token failure = continuation();
                        if (failure != null) {
                            return failure;
                        }
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankLine = true; // comment-only and empty lines do not affect indentation
                }
                if (!blankLine && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altCol = contLineCol;
                    }
                    Token failure = indentation(col, altCol);
                    if (failure != null) {
                        return failure;
                    }
                }
            }
            if (pendingIndents != 0) {
                if (pendingIndents < 0) {
                    pendingIndents++;
                    return textless(TokenKind.DEDENT);
                }
                pendingIndents--;
                return textless(TokenKind.INDENT);
            }
            Token t = lineToken(blankLine);
            if (t != null) {
                return t;
            }
        }
    }

    /**
     * The next token of the current line after its indentation, or null when the line ends without one (it was
     * blank, or a newline inside brackets ended it) and the next line must be read.
     */
    private Token lineToken(boolean blankLine) throws ProgramError {
        while (true) {
            int c;
            do {
                c = nextc();
            } while (c == ' ' || c == '\t' || c == '\f');
            int start = pos - (c == EOF ? 0 : 1);
            if (c == '#') {
                while (c != EOF && c != '\n') {
                    c = nextc();
                }
            }
            if (c == EOF) {
                if (level > baseLevel) {
                    return unexpectedEofOrUnclosed();
                }
                if (baseLevel > 0) {
                    // The end of an f-string field's expression: errors there point at the '}' (or '!', ':').
                    return token(TokenKind.ENDMARKER, "", pos);
                }
                return textless(TokenKind.ENDMARKER);
            }
            if (isIdentifierStart(c)) {
                return nameOrString(c, start);
            }
            if (c == '\n') {
                atBol = true;
                if (blankLine || level > 0) {
                    newLine();
                    return null; // next line
                }
                int col = start - lineStart + 1;
                Token t = new Token(TokenKind.NEWLINE, "", line, col, col + 1, level, col, start, null);
                newLine();
                return t;
            }
            if (c == '.') {
                int c2 = nextc();
                if (isDigit(c2)) {
                    return number(numbers.fraction(c2), start);
                }
                if (c2 == '.') {
                    int c3 = nextc();
                    if (c3 == '.') {
                        return token(TokenKind.OP, "...", start);
                    }
                    backup(c3);
                }
                backup(c2);
                return token(TokenKind.OP, ".", start);
            }
            if (isDigit(c)) {
                return number(numbers.integerPart(c, start), start);
            }
            if (c == '\'' || c == '"') {
                return string(c, start);
            }
            if (c == '\\') {
                Token failure = continuation();
                if (failure != null) {
                    return failure;
                }
                continue; // same logical line
            }
            return operator(c, start);
        }
    }

    /** After a backslash: it must end the line. Returns an ERROR token on failure, null when continued. */
    private Token continuation() {
        int c = nextc();
        if (c != '\n') {
            // CPython points at the character after the backslash.
            return deferred(line, pos - lineStart,
                    "SyntaxError: " + errorPrefix + "unexpected character after line continuation character");
        }
        newLine();
        if (peekc() == EOF) {
            return unexpectedEofOrUnclosed();
        }
        return null;
    }

    /** Compares a logical line's indentation with the stack, queueing INDENT/DEDENT or failing like CPython. */
    private Token indentation(int col, int altCol) {
        if (col == indents[indent]) {
            if (altCol != altIndents[indent]) {
                return tabError();
            }
        } else if (col > indents[indent]) {
            if (indent + 1 >= MAX_INDENT) {
                return deferred(line, 1, "IndentationError: too many levels of indentation");
            }
            if (altCol <= altIndents[indent]) {
                return tabError();
            }
            pendingIndents++;
            indent++;
            indents[indent] = col;
            altIndents[indent] = altCol;
        } else {
            while (indent > 0 && col < indents[indent]) {
                pendingIndents--;
                indent--;
            }
            if (col != indents[indent]) {
                // CPython reports the end of the offending line.
                return deferred(line, lineLengthWithNewline(),
                        "IndentationError: unindent does not match any outer indentation level");
            }
            if (altCol != altIndents[indent]) {
                return tabError();
            }
        }
        return null;
    }

    private Token tabError() {
        return deferred(line, 1, "TabError: inconsistent use of tabs and spaces in indentation");
    }

    private int lineLengthWithNewline() {
        int i = lineStart;
        while (i < end && src[i] != '\n') {
            i++;
        }
        return i - lineStart + (i < end ? 1 : 0);
    }

    // ---- names and strings ----

    private Token nameOrString(int c, int start) throws ProgramError {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return string(c, start);
            }
        }
        boolean nonAscii = false;
        while (isIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonAscii) {
            verifyIdentifier(start);
        }
        return token(TokenKind.NAME, new String(src, start, pos - start), start);
    }

    /** Like CPython, a run of non-ASCII characters is read as a name and then checked character by character. */
    private void verifyIdentifier(int start) throws ProgramError {
        for (int i = start; i < pos; i++) {
            int ch = src[i];
            boolean ok = i == start ? Identifiers.isStart(ch) : Identifiers.isPart(ch);
            if (!ok) {
                pos = i + 1;
                String hex = String.format("%04X", ch);
                if (Identifiers.isPrintable(ch)) {
                    throw error("invalid character '" + Character.toString(ch) + "' (U+" + hex + ")");
                }
                throw error("invalid non-printable character U+" + hex);
            }
        }
    }

    private Token string(int quote, int start) throws ProgramError {
        int firstLine = line;
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // empty string
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detectedAt = c == EOF ? cursorLine() : line;
                String what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
                throw errorAt(firstLine, start - firstLineStart + 1, what + " (detected at line " + detectedAt + ")");
            }
            if (c == '\n') {
                newLine();
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    int escaped = nextc();
                    if (escaped == '\n') {
                        newLine();
                    }
                }
            }
        }
        String text = new String(src, start, pos - start);
        int col = start - firstLineStart + 1;
        return new Token(TokenKind.STRING, text, firstLine, col, pos - lineStart + 1, level, col, start, null);
    }

    private Token number(int after, int start) {
        backup(after);
        return token(TokenKind.NUMBER, new String(src, start, pos - start), start);
    }

    // ---- operators and brackets ----

    private Token operator(int c, int start) throws ProgramError {
        int length = operatorLength(c, start);
        if (length > 1) {
            pos = start + length;
            return token(TokenKind.OP, new String(src, start, length), start);
        }
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_BRACKET_DEPTH) {
                    throw error("too many nested parentheses");
                }
                bracketChar[level] = c;
                bracketLine[level] = line;
                bracketCol[level] = start - lineStart + 1;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == baseLevel) {
                    throw error("unmatched '" + (char) c + "'");
                }
                level--;
                int opening = bracketChar[level];
                if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
                    String message = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) opening + "'";
                    if (bracketLine[level] != line) {
                        message += " on line " + bracketLine[level];
                    }
                    throw error(message);
                }
            }
            default -> { }
        }
        return token(TokenKind.OP, Character.toString(c), start);
    }

    /** The length of the longest operator starting at {@code start} (CPython's two- and three-character ones). */
    private int operatorLength(int c, int start) {
        int c2 = start + 1 < end ? src[start + 1] : EOF;
        int c3 = start + 2 < end ? src[start + 2] : EOF;
        return switch (c) {
            case '*', '/' -> c2 == c ? (c3 == '=' ? 3 : 2) : c2 == '=' ? 2 : 1;   // ** **= // //= *= /=
            case '<' -> c2 == '<' ? (c3 == '=' ? 3 : 2) : c2 == '=' || c2 == '>' ? 2 : 1; // << <<= <= <>
            case '>' -> c2 == '>' ? (c3 == '=' ? 3 : 2) : c2 == '=' ? 2 : 1;           // >> >>= >=
            case '-' -> c2 == '=' || c2 == '>' ? 2 : 1;                                 // -= ->
            case '!', '%', '&', '+', ':', '=', '@', '^', '|' -> c2 == '=' ? 2 : 1;     // != %= ... := == ...
            default -> 1;
        };
    }

    // ---- character classes (CPython's "potential identifier" test: ASCII letters, digits, '_', any non-ASCII) ----

    private static boolean isIdentifierStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128;
    }

    static boolean isIdentifierChar(int c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

}
