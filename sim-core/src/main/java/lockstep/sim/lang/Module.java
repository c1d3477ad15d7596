package lockstep.sim.lang;

import java.util.List;

/** A parsed program: its file name (for messages), its source text and its top-level statements. */
public record Module(String fileName, String source, List<Stmt> body) {}
