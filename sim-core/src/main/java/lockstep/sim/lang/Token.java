package lockstep.sim.lang;

/**
 * One token. Positions are 1-based lines and code-point columns; {@code endCol} is the column just past the token.
 * {@code errorCol} is where CPython points when a syntax error is reported "at" this token: the token's column for
 * ordinary tokens, but for INDENT, DEDENT and ENDMARKER (which have no text) CPython reports the tokenizer's cursor,
 * 0-based, so we keep that quirk to match its messages. {@code level} is the bracket depth after the token.
 * {@code start} is the code-point index of the token in the source, used to re-read f-string bodies.
 */
record Token(TokenKind kind, String text, int line, int col, int endCol, int level, int errorCol, int start,
             ProgramError error) {

    boolean isOp(String s) {
        return kind == TokenKind.OP && text.equals(s);
    }

    /** A NAME token that is a reserved word (not a soft keyword) with this spelling. */
    boolean isKeyword(String s) {
        return kind == TokenKind.NAME && text.equals(s);
    }
}
