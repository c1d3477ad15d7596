package lockstep.sim.lang;

import java.util.List;

/**
 * A parsed program: its file name (for messages), its source text, its top-level statements, and the scopes the
 * symbol-table pass found in them.
 */
public record Module(String fileName, String source, List<Stmt> body, SymbolTable symbols) {}
