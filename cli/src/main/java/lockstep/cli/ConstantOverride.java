package lockstep.cli;

import java.util.List;
import lockstep.sim.lang.Expr;
import lockstep.sim.lang.Parser;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Stmt;
import lockstep.sim.scenario.Scenario;

/**
 * {@code --set NAME=VALUE}: the program with the value of its first top-level assignment {@code NAME = ...} replaced
 * by the Python expression VALUE, as the user would edit the line (so {@code --set N=3} runs the lost update with
 * three increments per thread). Only the value's text changes, so the program's lines keep their numbers.
 *
 * @param name  the global assigned
 * @param value the Python expression that replaces its value
 */
record ConstantOverride(String name, String value) {
    /** A {@code --set} that cannot apply: its message says why, for a usage error. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Reads {@code NAME=VALUE}; a malformed one is {@link Refused}. */
    static ConstantOverride parse(String argument) throws Refused {
        int equals = argument.indexOf('=');
        String name = equals < 0 ? "" : argument.substring(0, equals).strip();
        String value = equals < 0 ? "" : argument.substring(equals + 1).strip();
        if (name.isEmpty() || value.isEmpty() || !isIdentifier(name)) {
            throw new Refused("--set expects NAME=VALUE, a global's name and a Python expression (like N=3), but was '"
                    + argument + "'");
        }
        if (value.contains("\n") || !isExpression(value)) {
            throw new Refused("--set " + name + ": '" + value + "' is not a Python expression");
        }
        return new ConstantOverride(name, value);
    }

    /** Every {@code --set} argument, read in order; the first malformed one is {@link Refused}. */
    static List<ConstantOverride> parseAll(List<String> arguments) throws Refused {
        List<ConstantOverride> overrides = new java.util.ArrayList<>();
        for (String argument : arguments) {
            overrides.add(parse(argument));
        }
        return overrides;
    }

    /** {@code scenario} with its program edited; {@link Refused} when the program has no such top-level assignment. */
    Scenario applyTo(Scenario scenario) throws Refused {
        String program = scenario.program();
        int[] span = valueSpan(program);
        if (span == null) {
            throw new Refused("--set " + name + ": the program has no top-level assignment '" + name + " = ...' to "
                    + "change");
        }
        String edited = program.substring(0, span[0]) + value + program.substring(span[1]);
        return new Scenario(scenario.id(), scenario.title(), scenario.summary(), scenario.tags(),
                scenario.scheduler(), edited, scenario.expect(), scenario.origin(), scenario.notes());
    }

    /** Where the value of the first top-level {@code name = ...} is in {@code program}: [start, end), or null. */
    private int[] valueSpan(String program) {
        List<Stmt> body;
        try {
            body = Parser.parse("<program>", program).body();
        } catch (ProgramError e) {
            return null; // the program does not parse: compiling it will say so, with its line and column
        }
        for (Stmt statement : body) {
            if (assigns(statement)) {
                int start = offset(program, statement.line(), statement.col());
                int afterEquals = PythonLines.assignmentValue(program, start);
                return afterEquals < 0 ? null : new int[] {afterEquals, PythonLines.logicalEnd(program, afterEquals)};
            }
        }
        return null;
    }

    /** {@code name = ...} or {@code name: type = ...}, with one target. */
    private boolean assigns(Stmt statement) {
        if (statement instanceof Stmt.Assign assign) {
            return assign.targets().size() == 1 && assign.targets().get(0) instanceof Expr.Name n
                    && n.id().equals(name);
        }
        return statement instanceof Stmt.AnnAssign ann && ann.value() != null && ann.target() instanceof Expr.Name n
                && n.id().equals(name);
    }

    /** The string index of a 1-based line and code-point column. */
    private static int offset(String text, int line, int col) {
        int index = 0;
        for (int l = 1; l < line; l++) {
            index = text.indexOf('\n', index) + 1;
        }
        return text.offsetByCodePoints(index, col - 1);
    }

    private static boolean isIdentifier(String name) {
        if (!Character.isJavaIdentifierStart(name.codePointAt(0)) || name.startsWith("$")) {
            return false;
        }
        return name.codePoints().allMatch(c -> c != '$' && Character.isJavaIdentifierPart(c));
    }

    private static boolean isExpression(String value) {
        try {
            List<Stmt> body = Parser.parse("<--set>", value + "\n").body();
            return body.size() == 1 && body.get(0) instanceof Stmt.ExprStmt;
        } catch (ProgramError e) {
            return false;
        }
    }
}
