package lockstep.sim.lang;

import java.util.List;

/** {@code except type as name:}; {@code type} and {@code name} may be null (a bare {@code except:}). */
public record ExceptHandler(Expr type, String name, List<Stmt> body, int line, int col) {}
