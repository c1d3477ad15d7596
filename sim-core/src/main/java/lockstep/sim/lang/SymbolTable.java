package lockstep.sim.lang;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's scopes, as the symbol-table pass ({@link SymbolTableBuilder}) decided them after the parse: the
 * module's own, and one for every function, lambda, class body and comprehension, looked up by the node that opens
 * it. Immutable; the compiler only reads it.
 */
public final class SymbolTable {
    private final Scope module;
    /** Keyed by node identity: two equal nodes at different places are different scopes. Never iterated. */
    private final Map<Object, Scope> scopes;

    SymbolTable(Scope module, Map<Object, Scope> scopes) {
        this.module = module;
        this.scopes = Collections.unmodifiableMap(new IdentityHashMap<>(scopes));
    }

    /** Builds the table of a parsed module, raising the errors CPython's symbol table reports. */
    static SymbolTable of(String fileName, List<Stmt> module) throws ProgramError {
        return SymbolTableBuilder.build(fileName, module);
    }

    public Scope module() {
        return module;
    }

    /** The scope opened by a function or class definition, a lambda or a comprehension of this module. */
    public Scope scopeOf(Object node) {
        Scope scope = scopes.get(node);
        if (scope == null) {
            throw new IllegalArgumentException("no scope for " + node.getClass().getSimpleName());
        }
        return scope;
    }

    /** The name CPython gives a comprehension's code: {@code <listcomp>}, {@code <setcomp>}, ... */
    public static String comprehensionName(Expr comprehension) {
        return SymbolTableBuilder.comprehensionName(comprehension);
    }
}
