package lockstep.sim.machine;

import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;

/** CPython's text for an uncaught exception: the chain of causes and contexts, each with its frames and lines. */
public final class Traceback {
    /** How many causes and contexts are followed back at most. */
    private static final int MAX_CHAIN = 10;

    private Traceback() {}

    public static String format(PyBaseException e, String message, String source) {
        if (e == null) {
            return "an unknown error ended the run";
        }
        if (GroupTraceback.involvesGroup(e)) {
            return GroupTraceback.format(e, message, source.split("\n", -1));
        }
        StringBuilder sb = new StringBuilder();
        append(sb, e, message, source.split("\n", -1), 0);
        return sb.toString().stripTrailing();
    }

    /**
     * The exception with its own frames only, without the chain of causes and contexts: what CPython's default
     * {@code sys.unraisablehook} prints after "Exception ignored in: ...".
     */
    static String formatUnchained(PyBaseException e, String message, String source) {
        StringBuilder sb = new StringBuilder();
        append(sb, e, message, source.split("\n", -1), MAX_CHAIN);
        return sb.toString().stripTrailing();
    }

    private static void append(StringBuilder sb, PyBaseException e, String message, String[] lines, int depth) {
        if (depth < MAX_CHAIN) {
            if (e.cause != null) {
                append(sb, e.cause, Ops.exceptionMessage(e.cause), lines, depth + 1);
                sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if (e.context != null && !e.suppressContext) {
                append(sb, e.context, Ops.exceptionMessage(e.context), lines, depth + 1);
                sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        if (!e.traceback.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (PyBaseException.TracebackEntry entry : e.traceback) {
                sb.append("  File \"").append(entry.fileName()).append("\", line ").append(entry.line())
                        .append(", in ").append(entry.function()).append('\n');
                if (showsSourceLine(entry, lines)) {
                    sb.append("    ").append(lines[entry.line() - 1].strip()).append('\n');
                }
            }
        }
        String name = e.type().name;
        sb.append(message == null || message.isEmpty() ? name : name + ": " + message)
                .append(suggestion(e)).append('\n');
    }

    /** The program's line for a frame of the program (a library module's frame is shown without a line). */
    static boolean showsSourceLine(PyBaseException.TracebackEntry entry, String[] lines) {
        return entry.line() >= 1 && entry.line() <= lines.length && !lines[entry.line() - 1].isBlank()
                && !lockstep.sim.library.Modules.isLibraryFile(entry.fileName());
    }

    /** CPython 3.11's ". Did you mean: 'x'?" for an AttributeError or NameError, or empty. */
    static String suggestion(PyBaseException e) {
        return lockstep.sim.runtime.Suggestions.suffix(e, lockstep.sim.library.Builtins.all().keySet());
    }
}
