package lockstep.sim.lang;

/** The kinds of token the {@link Tokenizer} produces. Keywords are {@link #NAME} tokens; the parser tells them apart. */
enum TokenKind {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** Where tokenizing stopped on an error that CPython reports only when the parser reaches it. */
    ERROR
}
