package lockstep.sim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the symbol-table pass puts names, and that what it hands the compiler cannot change. */
class SymbolTableTest {

    private static Module parse(String source) throws ProgramError {
        return Parser.parse("p.py", source);
    }

    @Test
    void closuresShareCellsInTheOrderTheyAreLoaded() throws ProgramError {
        Module m = parse("def outer(a):\n    b = 1\n    def inner():\n        return b + a\n    return inner\n");
        Stmt.FunctionDef outer = (Stmt.FunctionDef) m.body().get(0);
        Stmt.FunctionDef inner = (Stmt.FunctionDef) outer.body().get(1);
        Scope o = m.symbols().scopeOf(outer);
        Scope i = m.symbols().scopeOf(inner);
        assertEquals(List.of("a"), o.parameters());
        assertEquals(List.of("b", "a"), o.cells());
        assertEquals(List.of("b", "a"), i.frees());
        assertEquals(Scope.Binding.CELL, o.binding("a"));
        assertEquals(Scope.Binding.FREE, i.binding("b"));
        assertEquals(Scope.Binding.GLOBAL_IMPLICIT, i.binding("print"));
    }

    @Test
    void classBodiesKeepTheirNamesInTheirNamespace() throws ProgramError {
        Module m = parse("class C:\n    x = 1\n    global g\n    g = x\n");
        Scope c = m.symbols().scopeOf(m.body().get(0));
        assertEquals(Scope.Binding.NAME, c.binding("x"));
        assertEquals(Scope.Binding.GLOBAL_EXPLICIT, c.binding("g"));
        assertEquals(Scope.Kind.MODULE, m.symbols().module().kind());
    }

    @Test
    void scopesAreImmutable() throws ProgramError {
        Module m = parse("f = lambda a, *b, c, **d: [a for a in b]\n");
        Expr.Lambda lambda = (Expr.Lambda) ((Stmt.Assign) m.body().get(0)).value();
        Scope scope = m.symbols().scopeOf(lambda);
        assertEquals(List.of("a", "b", "c", "d"), scope.parameters());
        assertEquals(List.of(".0"), m.symbols().scopeOf(lambda.body()).parameters());
        assertThrows(UnsupportedOperationException.class, () -> scope.parameters().add("e"));
        assertThrows(UnsupportedOperationException.class, () -> scope.bindings().put("e", Scope.Binding.LOCAL));
    }

    @Test
    void annotationsAreCheckedButNotCompiled() throws ProgramError {
        Module m = parse("def f():\n    x: (lambda: 0) = 1\n    return x\n");
        assertEquals(Scope.Binding.LOCAL, m.symbols().scopeOf(m.body().get(0)).binding("x"));
        ProgramError e = assertThrows(ProgramError.class,
                () -> parse("def f():\n    x: (lambda a, a: 0) = 1\n"));
        assertEquals("SyntaxError: duplicate argument 'a' in function definition", e.reason());
    }
}
