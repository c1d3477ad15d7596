package lockstep.sim.fuzz;

import lockstep.sim.lang.SourceError;

/** Whether an error's position is inside the text it is about. */
public final class Inside {
    private Inside() {}

    /**
     * Null when {@code e} names a line of {@code text} and a column on that line or just past its end; else what is
     * wrong with it. Lines end as Python's universal newlines and editors have them: {@code \r\n}, {@code \r} or
     * {@code \n}.
     */
    public static String outside(SourceError e, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (e.line() < 1 || e.line() > lines.length) {
            return "line " + e.line() + " of " + lines.length + ": " + e.getMessage();
        }
        String line = lines[e.line() - 1];
        if (e.col() < 1 || e.col() > line.length() + 1) {
            return "column " + e.col() + " on a line of " + line.length() + ": " + e.getMessage();
        }
        return null;
    }
}
