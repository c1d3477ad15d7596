package lockstep.sim.files;

import java.io.IOException;

/**
 * Why a file cannot be read or written, in words for the user ({@link #getMessage()}: "no such file", "is a
 * directory", ...); the caller names the file. Not valid UTF-8 text carries the 1-based line and column of the first
 * bad byte; every other problem is about the file as a whole (line and column 0).
 */
public final class FileProblem extends IOException {
    private static final long serialVersionUID = 1L;

    /** What kind of problem it is. */
    public enum Kind { MISSING, DIRECTORY, NOT_REGULAR, TOO_LARGE, NOT_UTF8, UNREADABLE, UNWRITABLE }

    private final Kind kind;
    private final int line;
    private final int col;
    private final long size;

    FileProblem(Kind kind, String reason) {
        this(kind, reason, 0, 0, 0);
    }

    FileProblem(Kind kind, String reason, int line, int col, long size) {
        super(reason);
        this.kind = kind;
        this.line = line;
        this.col = col;
        this.size = size;
    }

    public Kind kind() {
        return kind;
    }

    /** The 1-based line of the problem, or 0 when it is about the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when it is about the whole file. */
    public int col() {
        return col;
    }

    /** For a file {@link Kind#TOO_LARGE}: its size, or as much of it as was read; else 0. */
    public long size() {
        return size;
    }

    /** An I/O failure in words: the exception's kind and, when it has one, its message. */
    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replaceAll("Exception$", "");
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
