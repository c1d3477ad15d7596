package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the symbol-table pass learns about one scope while it walks the tree: every name with its flags, the names
 * the scope's code loads, where each {@code nonlocal} was declared, and its inner scopes. Once the walk is done,
 * {@link #checkNonlocals} raises CPython's late errors and {@link #resolve} decides each name's {@link Scope.Binding};
 * {@link #freeze} then hands out the immutable {@link Scope}.
 */
final class ScopeFacts {
    static final int PARAM = 1;
    static final int LOCAL = 2;
    static final int USE = 4;
    static final int GLOBAL = 8;
    static final int NONLOCAL = 16;
    static final int ANNOTATED = 32;
    static final int IMPORTED = 64;

    final Scope.Kind kind;
    final ScopeFacts parent;
    final String name;
    final List<ScopeFacts> children = new ArrayList<>();
    /** Every name seen here, in first-seen order, with the flags above. */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    /** Where each nonlocal name was first declared, in declaration order. */
    final Map<String, Stmt> nonlocalAt = new LinkedHashMap<>();
    /** The parameters in slot order. */
    final List<String> parameters = new ArrayList<>();
    /**
     * The names the scope's code loads, in the order the compiler meets them: that order decides the order of
     * cells and free variables. Unlike {@link #USE}, annotations do not count and {@code x += 1} does.
     */
    final Set<String> loads = new LinkedHashSet<>();
    private final Set<String> cells = new LinkedHashSet<>();
    private final Set<String> frees = new LinkedHashSet<>();
    private final Map<String, Scope.Binding> bindings = new LinkedHashMap<>();

    /** A scope attached under {@code parent}; null for the module, or for a scope nothing compiles. */
    ScopeFacts(Scope.Kind kind, ScopeFacts parent, String name) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    int flags(String id) {
        return flags.getOrDefault(id, 0);
    }

    void add(String id, int flag) {
        flags.merge(id, flag, (a, b) -> a | b);
    }

    /** Bound here: a parameter, an assigned or imported name. */
    private boolean binds(String id) {
        return (flags(id) & (PARAM | LOCAL | IMPORTED)) != 0;
    }

    private boolean isGlobal(String id) {
        return (flags(id) & GLOBAL) != 0;
    }

    private boolean isNonlocal(String id) {
        return (flags(id) & NONLOCAL) != 0;
    }

    // ---- CPython's errors that need the whole tree

    /**
     * A nonlocal name must be bound in an enclosing function scope. {@code bound} holds the names bound by the
     * enclosing functions (null at module level). Scopes are visited in source order, so the first error found is
     * the one CPython reports.
     */
    void checkNonlocals(String fileName, Set<String> bound) throws ProgramError {
        for (Map.Entry<String, Stmt> entry : nonlocalAt.entrySet()) {
            String id = entry.getKey();
            Stmt at = entry.getValue();
            if (isGlobal(id)) {
                throw ProgramError.syntaxError(fileName, at.line(), at.col(),
                        "name '" + id + "' is nonlocal and global");
            }
            if (bound == null) {
                throw ProgramError.syntaxError(fileName, at.line(), at.col(),
                        "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(id)) {
                throw ProgramError.syntaxError(fileName, at.line(), at.col(),
                        "no binding for nonlocal '" + id + "' found");
            }
        }
        Set<String> inner = new HashSet<>();
        if (bound != null) {
            inner.addAll(bound);
        }
        if (kind == Scope.Kind.FUNCTION) {
            for (Map.Entry<String, Integer> entry : flags.entrySet()) {
                int f = entry.getValue();
                if ((f & GLOBAL) != 0) {
                    inner.remove(entry.getKey());
                } else if ((f & (PARAM | LOCAL | IMPORTED)) != 0 && (f & NONLOCAL) == 0) {
                    inner.add(entry.getKey());
                }
            }
        }
        for (ScopeFacts child : children) {
            child.checkNonlocals(fileName, inner);
        }
    }

    // ---- where names live

    /** Decides every binding of this scope and its children; call on the module scope once the tree is walked. */
    void resolve() {
        for (ScopeFacts child : children) {
            child.resolve();
        }
        for (Map.Entry<String, Integer> entry : flags.entrySet()) {
            if ((entry.getValue() & GLOBAL) != 0) {
                bindings.put(entry.getKey(), Scope.Binding.GLOBAL_EXPLICIT);
            }
        }
        if (kind == Scope.Kind.FUNCTION) {
            for (String id : flags.keySet()) {
                if (binds(id) && !isGlobal(id) && !isNonlocal(id)) {
                    bindings.put(id, cells.contains(id) ? Scope.Binding.CELL : Scope.Binding.LOCAL);
                }
            }
            Set<String> wanted = new LinkedHashSet<>(loads);
            wanted.addAll(nonlocalAt.keySet());
            for (String id : wanted) {
                if (!bindings.containsKey(id) && (isNonlocal(id) || enclosingFunctionBinds(id))) {
                    captureFromEnclosing(id);
                }
            }
        } else if (kind == Scope.Kind.CLASS) {
            // A class body inside a function sees the function's variables (CPython's LOAD_CLASSDEREF); names the
            // body assigns stay in its namespace.
            for (String id : loads) {
                if (!binds(id) && !bindings.containsKey(id) && enclosingFunctionBinds(id)) {
                    captureFromEnclosing(id);
                }
            }
        }
    }

    private boolean enclosingFunctionBinds(String id) {
        for (ScopeFacts s = parent; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.FUNCTION && (s.binds(id) || s.isNonlocal(id)) && !s.isGlobal(id)) {
                return true;
            }
        }
        return false;
    }

    /** Makes {@code id} free here and in every scope up to the function that binds it, where it becomes a cell. */
    private void captureFromEnclosing(String id) {
        bindings.put(id, Scope.Binding.FREE);
        frees.add(id);
        for (ScopeFacts s = parent; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.FUNCTION && s.binds(id) && !s.isGlobal(id) && !s.isNonlocal(id)) {
                s.cells.add(id);
                s.bindings.put(id, Scope.Binding.CELL);
                return;
            }
            s.frees.add(id);
            if (s.kind == Scope.Kind.FUNCTION) {
                s.bindings.put(id, Scope.Binding.FREE);
            }
        }
    }

    Scope freeze() {
        return new Scope(kind, name, parameters, List.copyOf(cells), List.copyOf(frees), bindings);
    }
}
