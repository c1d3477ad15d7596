package lockstep.sim.lang;

/** {@code name as asName} in an import; {@code asName} is null without {@code as}. Dotted names keep their dots. */
public record Alias(String name, String asName, int line, int col) {}
