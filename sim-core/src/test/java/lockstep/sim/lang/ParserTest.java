package lockstep.sim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes and values pinned by hand, for what the comparison with CPython's trees cannot show. */
class ParserTest {

    private static List<Stmt> parse(String source) throws ProgramError {
        return Parser.parse("p.py", source).body();
    }

    private static Expr expr(String source) throws ProgramError {
        return ((Stmt.ExprStmt) parse(source).get(0)).value();
    }

    private static Object constant(String source) throws ProgramError {
        return ((Expr.Constant) expr(source)).value();
    }

    private static String error(String source) {
        ProgramError e = assertThrows(ProgramError.class, () -> Parser.parse("p.py", source));
        return e.line() + ":" + e.col() + " " + e.reason();
    }

    @Test
    void moduleKeepsFileNameAndSource() throws ProgramError {
        Module m = Parser.parse("scenario.py", "x = 1");
        assertEquals("scenario.py", m.fileName());
        assertEquals("x = 1", m.source());
        ProgramError e = assertThrows(ProgramError.class, () -> Parser.parse("scenario.py", "x = = 1"));
        assertEquals("scenario.py:1:5: SyntaxError: invalid syntax", e.getMessage());
    }

    @Test
    void integerValuesAreLongsOrBigIntegers() throws ProgramError {
        assertEquals(42L, constant("42"));
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(255L, constant("0xff"));
        assertEquals(8L, constant("0o10"));
        assertEquals(5L, constant("0b101"));
        assertEquals(1_000_000L, constant("1_000_000"));
        assertEquals(new BigInteger("ffffffffffffffffffff", 16), constant("0xffff_ffff_ffff_ffff_ffff"));
    }

    @Test
    void floatValuesAreDoubles() throws ProgramError {
        assertEquals(1.5, constant("1.5"));
        assertEquals(1e10, constant("1e10"));
        assertEquals(0.5, constant(".5"));
        assertEquals(5.0, constant("5."));
        assertEquals(1000.5, constant("1_000.5"));
        assertEquals(Double.POSITIVE_INFINITY, constant("1e999"));
    }

    @Test
    void singletonConstants() throws ProgramError {
        assertEquals(Boolean.TRUE, constant("True"));
        assertEquals(Boolean.FALSE, constant("False"));
        assertEquals(Expr.NoneLiteral.NONE, constant("None"));
        assertEquals(Expr.EllipsisLiteral.ELLIPSIS, constant("..."));
    }

    @Test
    void stringEscapes() throws ProgramError {
        assertEquals("\n\t\r\\'\"\0\u0007\b\f\u000B", constant("'\\n\\t\\r\\\\\\'\\\"\\0\\a\\b\\f\\v'"));
        assertEquals("AéA😀", constant("'\\x41\\u00e9\\101\\U0001F600'"));
        assertEquals("\\q \\d", constant("'\\q \\d'"));
        assertEquals("ab", constant("'a\\\nb'"));
        assertEquals("\\n", constant("r'\\n'"));
        assertEquals("—", constant("'\\N{EM DASH}'"));
        assertEquals("abc", constant("'a' \"b\" '''c'''"));
    }

    @Test
    void fstringDebugFormShowsTheTextAndRepr() throws ProgramError {
        Expr.JoinedStr j = (Expr.JoinedStr) expr("f'{x = }'");
        assertEquals("x = ", ((Expr.Constant) j.parts().get(0)).value());
        Expr.FormattedValue v = (Expr.FormattedValue) j.parts().get(1);
        assertEquals('r', v.conversion());
        assertNull(v.formatSpec());
        assertEquals(1, ((Expr.Name) v.value()).line());
        assertEquals(4, ((Expr.Name) v.value()).col());
    }

    @Test
    void fstringFormatSpecIsAJoinedStr() throws ProgramError {
        Expr.JoinedStr j = (Expr.JoinedStr) expr("f'{x:{w}.{p}f}'");
        Expr.FormattedValue v = (Expr.FormattedValue) j.parts().get(0);
        assertEquals(0, v.conversion());
        Expr.JoinedStr spec = assertInstanceOf(Expr.JoinedStr.class, v.formatSpec());
        assertEquals(4, spec.parts().size());
        assertEquals(".", ((Expr.Constant) spec.parts().get(1)).value());
    }

    @Test
    void mixingPlainAndFormattedStringsGivesAJoinedStr() throws ProgramError {
        Expr.JoinedStr j = (Expr.JoinedStr) expr("'a' f'b{c}' 'd'");
        assertEquals(3, j.parts().size());
        assertEquals("ab", ((Expr.Constant) j.parts().get(0)).value());
    }

    @Test
    void namesAreNfkcNormalizedAndUnicodeIsFine() throws ProgramError {
        Stmt.Assign a = (Stmt.Assign) parse("ｘ = 名字").get(0);
        assertEquals("x", ((Expr.Name) a.targets().get(0)).id());
        assertEquals("名字", ((Expr.Name) a.value()).id());
    }

    @Test
    void relativeImportsKeepTheirDots() throws ProgramError {
        assertEquals("..", ((Stmt.ImportFrom) parse("from .. import a").get(0)).module());
        assertEquals(".pkg.mod", ((Stmt.ImportFrom) parse("from .pkg.mod import a").get(0)).module());
        Stmt.ImportFrom star = (Stmt.ImportFrom) parse("from m import *").get(0);
        assertEquals("*", star.names().get(0).name());
    }

    @Test
    void doubleStarsAreNullKeys() throws ProgramError {
        Expr.Call call = (Expr.Call) expr("f(a, *b, k=1, **c)");
        assertInstanceOf(Expr.Starred.class, call.args().get(1));
        assertEquals("k", call.keywords().get(0).name());
        assertNull(call.keywords().get(1).name());
        Expr.DictExpr dict = (Expr.DictExpr) expr("{**d, 'k': 1}");
        assertNull(dict.keys().get(0));
    }

    @Test
    void elifBecomesANestedIf() throws ProgramError {
        Stmt.If outer = (Stmt.If) parse("if a:\n    x\nelif b:\n    y\nelse:\n    z\n").get(0);
        Stmt.If inner = (Stmt.If) outer.orElse().get(0);
        assertEquals(3, inner.line());
        assertEquals(1, inner.col());
        assertInstanceOf(Stmt.ExprStmt.class, inner.orElse().get(0));
    }

    @Test
    void parametersPutEverythingInItsPlace() throws ProgramError {
        Stmt.FunctionDef f = (Stmt.FunctionDef) parse(
                "async def f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> None:\n    pass").get(0);
        assertTrue(f.isAsync());
        Parameters p = f.params();
        assertEquals(List.of("a", "b", "c"), p.positional().stream().map(Parameters.Parameter::name).toList());
        assertEquals("args", p.vararg());
        assertEquals(List.of("d", "e"), p.keywordOnly().stream().map(Parameters.Parameter::name).toList());
        assertNull(p.keywordOnly().get(0).defaultValue());
        assertEquals("kw", p.kwarg());
    }

    @Test
    void matchIsOnlyAKeywordAtTheStartOfAMatchStatement() throws ProgramError {
        assertEquals(4, parse("match = 3\nmatch(x)\nmatch[0] = 1\nmatch: int = 2\n").size());
        assertEquals("1:1 unsupported: 'match' statements is outside the scenario language",
                error("match x:\n    case 1:\n        pass\n"));
    }

    @Test
    void compileTimeChecksAcceptWhatCpythonAccepts() throws ProgramError {
        parse("def f():\n    for x in y:\n        try:\n            continue\n        finally:\n            break\n"
                + "    return x\n");
        parse("async def f():\n    await g()\n    return [await h(i) for i in range(3)]\n");
        parse("def f():\n    return (await x for x in y)\n");
        parse("x = 1\ndef f():\n    global x\n    x = 2\n");
        parse("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n");
        parse("\"\"\"doc\"\"\"\nfrom __future__ import annotations\nimport os\n");
        parse("while True:\n    class C:\n        pass\n    break\n");
    }

    @Test
    void noTrailingNewlineAndCrLfAreFine() throws ProgramError {
        assertEquals(2, parse("x = 1\r\ny = 2").size());
        assertEquals(2, parse("if x:\r\n    pass\r\ny = 2").size());
    }

    @Test
    void errorsInsideStringsOfChineseTextCountCharactersNotBytes() {
        assertEquals("1:13 SyntaxError: invalid syntax", error("print('你好') $"));
        assertEquals("1:10 SyntaxError: invalid character '，' (U+FF0C)", error("print('a'，2)"));
    }
}
