package lockstep.sim.scenario;

import lockstep.sim.lang.ProgramError;

/**
 * Where a scenario's program text sits in its file, so that an error in the program points at the file's own line
 * and column.
 *
 * <p>When the program is the whole file ({@code .py}) or a YAML literal block ({@code program: |}), each program
 * line is one file line: program line 1 is file line {@code firstLine}, and columns shift by the block's
 * {@code indent}. Any other string (a JSON string, a quoted, plain or folded YAML scalar) may have escapes or folded
 * lines, so an error is reported at the start of the value, with its position inside the program added to the
 * reason.
 *
 * @param fileName  the scenario file
 * @param firstLine the 1-based file line of program line 1 (exact), or of the value's start (not exact)
 * @param column    the indent of a block (exact), or the 1-based column of the value's start (not exact)
 * @param exact     whether program lines map one to one onto file lines
 */
public record ProgramOrigin(String fileName, int firstLine, int column, boolean exact) {
    /** The program is the whole file. */
    public static ProgramOrigin wholeFile(String fileName) {
        return new ProgramOrigin(fileName, 1, 0, true);
    }

    /** An error found in the program text, moved to where it is in the scenario file. */
    public ProgramError locate(ProgramError error) {
        if (exact) {
            return new ProgramError(fileName, firstLine + error.line() - 1, error.col() + column, error.reason());
        }
        return new ProgramError(fileName, firstLine, column,
                error.reason() + " (at line " + error.line() + ", column " + error.col() + " of the program)");
    }
}
