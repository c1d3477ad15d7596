package lockstep.sim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<Token> tokens(String source) throws ProgramError {
        Tokenizer.Result r = Tokenizer.tokenize("t.py", SourceText.codePoints("t.py", source));
        if (r.errorWinsLater()) {
            throw r.error();
        }
        return r.tokens();
    }

    /** Kinds and texts, e.g. "NAME:x OP:= NUMBER:1 NEWLINE ENDMARKER". */
    private static String shape(String source) throws ProgramError {
        return tokens(source).stream()
                .map(t -> t.text().isEmpty() ? t.kind().name() : t.kind() + ":" + t.text())
                .collect(Collectors.joining(" "));
    }

    @Test
    void simpleStatement() throws ProgramError {
        assertEquals("NAME:x OP:= NUMBER:1 NEWLINE ENDMARKER", shape("x = 1"));
    }

    @Test
    void indentAndDedent() throws ProgramError {
        assertEquals("NAME:if NAME:x OP:: NEWLINE INDENT NAME:a NEWLINE INDENT NAME:b NEWLINE DEDENT DEDENT "
                + "NAME:c NEWLINE ENDMARKER", shape("if x:\n    a\n        b\nc\n"));
    }

    @Test
    void blankAndCommentLinesDoNotAffectIndentation() throws ProgramError {
        assertEquals("NAME:if NAME:x OP:: NEWLINE INDENT NAME:a NEWLINE NAME:b NEWLINE DEDENT ENDMARKER",
                shape("if x:\n    a\n\n# note\n        # indented note\n    b\n"));
    }

    @Test
    void newlinesInsideBracketsAndAfterBackslashAreIgnored() throws ProgramError {
        assertEquals("NAME:x OP:= OP:( NUMBER:1 OP:, NUMBER:2 OP:) NEWLINE NAME:y OP:= NUMBER:1 OP:+ NUMBER:2 "
                + "NEWLINE ENDMARKER", shape("x = (1,\n        2)\ny = 1 + \\\n  2\n"));
    }

    @Test
    void tabsAdvanceToTheNextMultipleOfEight() throws ProgramError {
        // A tab after four spaces still reaches column 8, the same as eight spaces... but CPython also demands the
        // same mix of tabs and spaces, so this is a TabError at the second body line.
        ProgramError e = assertThrows(ProgramError.class,
                () -> Parser.parse("t.py", "if x:\n        a = 1\n    \tb = 2\n"));
        assertEquals("3:1 TabError: inconsistent use of tabs and spaces in indentation",
                e.line() + ":" + e.col() + " " + e.reason());
        assertEquals("NAME:if NAME:x OP:: NEWLINE INDENT NAME:a NEWLINE NAME:b NEWLINE DEDENT ENDMARKER",
                shape("if x:\n\ta\n\tb\n"));
    }

    @Test
    void numbersFollowedByKeywordsSplitLikeCpython() throws ProgramError {
        assertEquals("NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NEWLINE ENDMARKER", shape("1if x else 2"));
        assertEquals("NUMBER:0x1f NAME:or NAME:x NEWLINE ENDMARKER", shape("0x1for x"));
        assertEquals("NUMBER:1 NAME:else NEWLINE ENDMARKER", shape("1else"));
    }

    @Test
    void operatorsAreLongestMatch() throws ProgramError {
        assertEquals("OP:**= OP://= OP:>>= OP:<<= OP:-> OP::= OP:... OP:!= OP:<> NEWLINE ENDMARKER",
                shape("**= //= >>= <<= -> := ... != <>"));
    }

    @Test
    void stringPrefixesAndMultilineStrings() throws ProgramError {
        List<Token> t = tokens("x = rb'a' F\"b\" u'c' Rf'''d\ne'''\n");
        assertEquals(List.of("rb'a'", "F\"b\"", "u'c'", "Rf'''d\ne'''"),
                t.stream().filter(k -> k.kind() == TokenKind.STRING).map(Token::text).toList());
        Token multiline = t.get(5);
        assertEquals(1, multiline.line());
        assertEquals(21, multiline.col());
    }

    @Test
    void columnsCountCodePoints() throws ProgramError {
        List<Token> t = tokens("s = '😀中'; y\n");
        Token y = t.get(4);
        assertEquals("y", y.text());
        assertEquals(11, y.col());
    }

    @Test
    void endOfFileInsideBracketsRecordsTheUnclosedBracket() throws ProgramError {
        Tokenizer.Result r = Tokenizer.tokenize("t.py", SourceText.codePoints("t.py", "x = [1,\n  (2\n"));
        assertNotNull(r.unclosedBracket());
        assertEquals("2:3 SyntaxError: '(' was never closed",
                r.unclosedBracket().line() + ":" + r.unclosedBracket().col() + " " + r.unclosedBracket().reason());
        assertEquals(TokenKind.ERROR, r.tokens().get(r.tokens().size() - 1).kind());
    }

    @Test
    void errorsCpythonRaisesLateBecomeErrorTokens() throws ProgramError {
        Tokenizer.Result r = Tokenizer.tokenize("t.py", SourceText.codePoints("t.py", "if x:\n    a\n  b\n"));
        Token last = r.tokens().get(r.tokens().size() - 1);
        assertEquals(TokenKind.ERROR, last.kind());
        assertEquals("IndentationError: unindent does not match any outer indentation level", last.error().reason());
        assertNull(r.unclosedBracket());
    }

    @Test
    void errorsCpythonRaisesAtOnceAlsoEndTheTokens() throws ProgramError {
        Tokenizer.Result r = Tokenizer.tokenize("t.py", SourceText.codePoints("t.py", "x = 1\ny = 'abc\n"));
        ProgramError e = r.error();
        assertEquals("2:5 SyntaxError: unterminated string literal (detected at line 2)",
                e.line() + ":" + e.col() + " " + e.reason());
        assertTrue(r.errorWinsLater());
        assertEquals(TokenKind.ERROR, r.tokens().get(r.tokens().size() - 1).kind());
    }

    @Test
    void laterErrorsDoNotWinOverEarlierOnes() throws ProgramError {
        Tokenizer.Result r = Tokenizer.tokenize("t.py", SourceText.codePoints("t.py", "if x:\n    a\n  b\n"));
        assertEquals(false, r.errorWinsLater());
    }

    @Test
    void bomAndCarriageReturnsAreNormalized() throws ProgramError {
        assertEquals("NAME:a NEWLINE NAME:b NEWLINE NAME:c NEWLINE ENDMARKER", shape("\uFEFFa\r\nb\rc"));
    }
}
