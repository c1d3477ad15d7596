package lockstep.sim.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.lang.Scope;
import lockstep.sim.lang.Stmt;

/** What the compiler keeps for the code object being built: its scope, instructions, slots and open blocks. */
final class CodeUnit {
    final Scope scope;
    final CodeBuilder b = new CodeBuilder();
    final List<String> localNames = new ArrayList<>();
    final Map<String, Integer> localIndex = new LinkedHashMap<>();
    final List<String> cellNames = new ArrayList<>();
    final Map<String, Integer> cellIndex = new LinkedHashMap<>();
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    final String qualifiedName;
    final boolean inClassBody;
    /** Whether the unit's own code awaits: a comprehension that does becomes a coroutine. */
    boolean awaits;
    /** Whether the unit's own code yields: its function is a generator. */
    boolean yields;

    CodeUnit(Scope scope, String qualifiedName, boolean inClassBody) {
        this.scope = scope;
        this.qualifiedName = qualifiedName;
        this.inClassBody = inClassBody;
    }

    int local(String name) {
        return localIndex.computeIfAbsent(name, n -> {
            localNames.add(n);
            return localNames.size() - 1;
        });
    }

    /** A block that an early exit (return, break, continue) must unwind. */
    enum FBlockKind { FOR_LOOP, WHILE_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, HANDLER, WITH, ASYNC_WITH }

    record FBlock(FBlockKind kind, int breakLabel, int continueLabel, List<Stmt> finalBody) {}
}
