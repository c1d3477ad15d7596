package lockstep.sim.lang;

import java.util.List;
import java.util.Map;

/**
 * Where the names of one scope (module, function, lambda, comprehension or class body) live, as Python's symbol
 * table decides it: local, a cell shared with inner functions, free (from an enclosing function), global, or in a
 * class body's namespace. Immutable; built by {@link SymbolTable}.
 *
 * @param parameters the parameters in slot order: positional, {@code *args}, keyword-only, {@code **kwargs}
 *     ({@code .0}, the iterator, for a comprehension)
 * @param cells the names this scope shares with inner functions, in the order they were found to be captured
 * @param frees the names this scope (or a scope inside it) takes from an enclosing function, in the same order
 * @param bindings every name whose place the symbol table decided; the others take the kind's default
 */
public record Scope(Kind kind, String name, List<String> parameters, List<String> cells, List<String> frees,
                    Map<String, Binding> bindings) {
    public enum Kind { MODULE, FUNCTION, CLASS }

    /** Where a name is stored. */
    public enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME }

    public Scope {
        parameters = List.copyOf(parameters);
        cells = List.copyOf(cells);
        frees = List.copyOf(frees);
        bindings = Map.copyOf(bindings);
    }

    /** Where {@code id} lives in this scope: a name it does not bind is global, or in a class body's namespace. */
    public Binding binding(String id) {
        Binding b = bindings.get(id);
        if (b != null) {
            return b;
        }
        return kind == Kind.CLASS ? Binding.NAME : Binding.GLOBAL_IMPLICIT;
    }
}
