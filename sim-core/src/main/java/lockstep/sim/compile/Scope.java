package lockstep.sim.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one scope (module, function, lambda, comprehension or class body) and where each lives, as
 * Python's symbol table decides it: local, a cell shared with inner functions, free (from an enclosing function),
 * global, or in a class body's namespace.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS }

    /** Where a name is stored. */
    enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME }

    final Kind kind;
    final Scope parent;
    final String name;
    final List<Scope> children = new ArrayList<>();
    /** Parameters, in order; then every other name bound here, in order of first binding. */
    final LinkedHashSet<String> bound = new LinkedHashSet<>();
    final List<String> parameters = new ArrayList<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    final LinkedHashSet<String> cells = new LinkedHashSet<>();
    final LinkedHashSet<String> frees = new LinkedHashSet<>();
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** True when a function directly in this class body calls {@code super()}. */
    boolean usesSuper;

    Scope(Kind kind, Scope parent, String name) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    Binding binding(String id) {
        Binding b = bindings.get(id);
        if (b != null) {
            return b;
        }
        return switch (kind) {
            case MODULE -> Binding.GLOBAL_IMPLICIT;
            case CLASS -> Binding.NAME;
            case FUNCTION -> Binding.GLOBAL_IMPLICIT;
        };
    }

    /** Decides every binding of this scope and its children; call on the module scope once the tree is walked. */
    void resolve() {
        for (Scope child : children) {
            child.resolve();
        }
        if (kind == Kind.FUNCTION) {
            for (String id : declaredGlobal) {
                bindings.put(id, Binding.GLOBAL_EXPLICIT);
            }
            for (String id : bound) {
                if (!declaredGlobal.contains(id) && !declaredNonlocal.contains(id)) {
                    bindings.put(id, cells.contains(id) ? Binding.CELL : Binding.LOCAL);
                }
            }
            Set<String> wanted = new LinkedHashSet<>(used);
            wanted.addAll(declaredNonlocal);
            for (String id : wanted) {
                if (!bindings.containsKey(id)) {
                    if (declaredNonlocal.contains(id) || enclosingFunctionBinds(id)) {
                        captureFromEnclosing(id);
                    }
                }
            }
        } else if (kind == Kind.CLASS) {
            for (String id : declaredGlobal) {
                bindings.put(id, Binding.GLOBAL_EXPLICIT);
            }
            // A class body inside a function sees the function's variables (CPython's LOAD_CLASSDEREF); names the
            // body assigns stay in its namespace.
            for (String id : used) {
                if (!bound.contains(id) && !bindings.containsKey(id) && enclosingFunctionBinds(id)) {
                    captureFromEnclosing(id);
                }
            }
        } else {
            for (String id : declaredGlobal) {
                bindings.put(id, Binding.GLOBAL_EXPLICIT);
            }
        }
    }

    private boolean enclosingFunctionBinds(String id) {
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.kind == Kind.FUNCTION && (s.bound.contains(id) || s.declaredNonlocal.contains(id))
                    && !s.declaredGlobal.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Makes {@code id} free here and in every scope up to the function that binds it, where it becomes a cell. */
    void captureFromEnclosing(String id) {
        bindings.put(id, Binding.FREE);
        frees.add(id);
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.kind == Kind.FUNCTION && s.bound.contains(id) && !s.declaredGlobal.contains(id)
                    && !s.declaredNonlocal.contains(id)) {
                s.cells.add(id);
                s.bindings.put(id, Binding.CELL);
                return;
            }
            s.frees.add(id);
            if (s.kind == Kind.FUNCTION) {
                s.bindings.put(id, Binding.FREE);
            }
        }
    }
}
