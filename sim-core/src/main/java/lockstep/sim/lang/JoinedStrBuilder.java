package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates the parts of an f-string (or of a run of adjacent strings, one of them an f-string): adjacent literal
 * text is merged into one {@link Expr.Constant} and empty text is dropped, as CPython does.
 */
final class JoinedStrBuilder {
    /** CPython gives every part the position of the first string token of the whole run. */
    private final Token first;
    private StringBuilder pending;
    private final List<Expr> parts = new ArrayList<>();

    JoinedStrBuilder(Token first) {
        this.first = first;
    }

    void addLiteral(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (pending == null) {
            pending = new StringBuilder();
        }
        pending.append(text);
    }

    void addValue(Expr.FormattedValue value) {
        flush(first);
        parts.add(value);
    }

    String pendingText() {
        return pending == null ? "" : pending.toString();
    }

    /** The JoinedStr, positioned at {@code at} (CPython uses the current token for format specs). */
    Expr.JoinedStr finish(Token at) {
        flush(at);
        return new Expr.JoinedStr(List.copyOf(parts), at.line(), at.col());
    }

    private void flush(Token at) {
        if (pending != null) {
            parts.add(new Expr.Constant(pending.toString(), at.line(), at.col()));
            pending = null;
        }
    }
}
