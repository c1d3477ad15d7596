/**
 * The scenario language's front end: the tokenizer, the indentation-aware parser, and the syntax tree it builds
 * ({@link lockstep.sim.lang.Expr}, {@link lockstep.sim.lang.Stmt}), every node carrying its line and column.
 * {@link lockstep.sim.lang.Parser#parse} turns source text into a {@link lockstep.sim.lang.Module} or throws a
 * {@link lockstep.sim.lang.ProgramError} naming line and column.
 *
 * <p>The language is the subset of Python 3.11 that tutorial programs use. Positions are 1-based lines and
 * code-point columns (CPython's AST counts UTF-8 bytes; for error messages it counts characters, as we do).
 * Relative imports keep their dots in the module name ({@code from ..pkg import x} has module {@code "..pkg"}).
 * Parameter annotations and return annotations are parsed and dropped; {@code /} in parameter lists is ignored.
 *
 * <p>Errors come in two families. Syntax errors read {@code SyntaxError: ...}, {@code IndentationError: ...} or
 * {@code TabError: ...} with CPython 3.11's message and position; the test resources hold a table of cases generated
 * from CPython itself. Constructs Python accepts but the scenario language does not read
 * {@code unsupported: ... is outside the scenario language}: {@code match}, keyword arguments in class bases other
 * than {@code metaclass=}, starred indices ({@code a[*x]}), bytes literals and imaginary numbers.
 *
 * <p>Limits: more than 100 nested brackets ("too many nested parentheses"), 100 nested unary operators, lambdas,
 * conditional expressions or powers ("too deeply nested"), CPython's 100 levels of indentation, and syntax trees
 * deeper than 1000 nodes are refused with a ProgramError, so parsing never overflows the stack; input is read in
 * linear time.
 *
 * <p>How it is built: {@link lockstep.sim.lang.Tokenizer} (a port of CPython's tokenizer rules and error positions,
 * number literals read by {@link lockstep.sim.lang.NumberScanner}) feeds a {@link lockstep.sim.lang.TokenCursor};
 * {@link lockstep.sim.lang.StatementParser} and {@link lockstep.sim.lang.ExpressionParser} (atoms and displays in
 * {@link lockstep.sim.lang.DisplayParser}, call arguments and subscripts in {@link lockstep.sim.lang.TrailerParser})
 * are recursive-descent parsers named after CPython's grammar rules, with
 * {@link lockstep.sim.lang.SyntaxHints} supplying CPython's specific messages, {@link lockstep.sim.lang.StringLiterals}
 * and {@link lockstep.sim.lang.FStringParser} the string and f-string rules. After parsing,
 * {@link lockstep.sim.lang.TreeDepth} refuses trees too deep to walk; the symbol-table pass
 * ({@code SymbolTableBuilder}, one walk like CPython's {@code symtable.c}) raises the symbol
 * table's errors ({@code nonlocal} without a binding, {@code global} after use, duplicate parameters, ...) and
 * decides where every name lives, handing the compiler an immutable {@link lockstep.sim.lang.SymbolTable} of
 * {@link lockstep.sim.lang.Scope}s in the {@link lockstep.sim.lang.Module}; then
 * {@link lockstep.sim.lang.ContextChecker} reports what CPython's compiler would ({@code 'return' outside function},
 * {@code 'await' outside async function}, ...). Every walker visits children through
 * {@link lockstep.sim.lang.Children#of(Node)}, handling only the nodes it cares about itself.
 */
package lockstep.sim.lang;
