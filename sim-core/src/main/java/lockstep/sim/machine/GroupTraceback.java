package lockstep.sim.machine;

import lockstep.sim.runtime.ExceptionGroups;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyObject;

/**
 * CPython 3.11's text for an uncaught exception that is, or chains to, an exception group: the group's own traceback
 * behind a {@code +} margin, then each member in a numbered box, nested groups indented, at most 15 members shown.
 */
final class GroupTraceback {
    private static final int MAX_MEMBERS = 15;
    private static final int MAX_CHAIN = 10;

    private final String[] source;
    private final StringBuilder out = new StringBuilder();
    /** How deep in groups the text being written is: its indent is two spaces a level, then the margin. */
    private int depth;
    /** Whether the last member's box still needs its closing line (a nested group's box closes it instead). */
    private boolean needClose;

    private GroupTraceback(String[] source) {
        this.source = source;
    }

    static String format(PyBaseException e, String message, String[] source) {
        GroupTraceback g = new GroupTraceback(source);
        g.exception(e, message, 0);
        return g.out.toString().stripTrailing();
    }

    /** Whether {@code e}, its causes and contexts hold a group anywhere: only then is this text needed. */
    static boolean involvesGroup(PyBaseException e) {
        for (int i = 0; e != null && i <= MAX_CHAIN; i++) {
            if (ExceptionGroups.isGroup(e)) {
                return true;
            }
            e = e.cause != null ? e.cause : e.context;
        }
        return false;
    }

    private void emit(String line, char margin) {
        out.append(" ".repeat(2 * depth));
        if (depth > 0) {
            out.append(margin).append(' ');
        }
        out.append(line).append('\n');
    }

    private void exception(PyBaseException e, String message, int chain) {
        if (chain < MAX_CHAIN) {
            if (e.cause != null) {
                exception(e.cause, null, chain + 1);
                between("The above exception was the direct cause of the following exception:");
            } else if (e.context != null && !e.suppressContext) {
                exception(e.context, null, chain + 1);
                between("During handling of the above exception, another exception occurred:");
            }
        }
        String text = message != null ? message : Ops.exceptionMessage(e);
        String headline = (text.isEmpty() ? e.type().name : e.type().name + ": " + text)
                + Traceback.suggestion(e);
        if (!ExceptionGroups.isGroup(e)) {
            if (!e.traceback.isEmpty()) {
                emit("Traceback (most recent call last):", '|');
                frames(e);
            }
            emit(headline, '|');
            return;
        }
        group(e, headline);
    }

    private void between(String sentence) {
        emit("", '|');
        emit(sentence, '|');
        emit("", '|');
    }

    private void group(PyBaseException e, String headline) {
        boolean top = depth == 0;
        if (top) {
            depth++;
        }
        if (!e.traceback.isEmpty()) {
            emit("Exception Group Traceback (most recent call last):", top ? '+' : '|');
            frames(e);
        }
        emit(headline, '|');
        PyObject[] members = ExceptionGroups.exceptions(e).items;
        int boxes = Math.min(members.length, MAX_MEMBERS + 1);
        needClose = false;
        for (int i = 0; i < boxes; i++) {
            boolean last = i == boxes - 1;
            needClose |= last;
            boolean truncated = i >= MAX_MEMBERS;
            out.append(" ".repeat(2 * depth)).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            depth++;
            if (truncated) {
                int more = members.length - MAX_MEMBERS;
                emit("and " + more + " more exception" + (more > 1 ? "s" : ""), '|');
            } else {
                exception((PyBaseException) members[i], null, 0);
            }
            if (last && needClose) {
                out.append(" ".repeat(2 * depth)).append("+------------------------------------\n");
                needClose = false;
            }
            depth--;
        }
        if (top) {
            depth = 0;
        }
    }

    private void frames(PyBaseException e) {
        for (PyBaseException.TracebackEntry entry : e.traceback) {
            emit("  File \"" + entry.fileName() + "\", line " + entry.line() + ", in " + entry.function(), '|');
            if (Traceback.showsSourceLine(entry, source)) {
                emit("    " + source[entry.line() - 1].strip(), '|');
            }
        }
    }
}
