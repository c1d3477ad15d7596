package lockstep.sim.inspect;

/**
 * A shared variable: a global of the process's main module holding a plain value (number, string, bool, None, or a
 * list, tuple, dict or set of those), or a plain attribute of a program object a global holds ({@code acct.balance}).
 *
 * @param name  the global's name, or {@code global.attribute}
 * @param value its {@code repr}, shortened when long
 */
public record VariableInfo(String name, String value) {}
