package lockstep.sim.lang;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A compact, deterministic text form of a syntax tree, e.g. {@code Assign@1:1(targets=[Name@1:1(id="x")],
 * value=Constant@1:5(value=1))}. Records print their components in declaration order, with line and column as
 * {@code @line:col}. {@code regenerate-ast-dumps.py} prints CPython's trees in the same form.
 */
final class AstDump {
    private AstDump() {}

    static String of(Object node) {
        StringBuilder out = new StringBuilder();
        append(out, node);
        return out.toString();
    }

    private static void append(StringBuilder out, Object o) {
        if (o == null) {
            out.append('~');
        } else if (o instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else if (o instanceof String s) {
            quote(out, s);
        } else if (o instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (o instanceof Long || o instanceof BigInteger) {
            out.append(o);
        } else if (o instanceof Double d) {
            out.append("float:").append(d.isInfinite() ? "inf" : new BigDecimal(d).toPlainString());
        } else if (o == Expr.NoneLiteral.NONE) {
            out.append("None");
        } else if (o == Expr.EllipsisLiteral.ELLIPSIS) {
            out.append("...");
        } else if (o instanceof Character c) {
            out.append(c == 0 ? "-" : String.valueOf(c));
        } else if (o instanceof Enum<?> e) {
            out.append(e.name());
        } else if (o instanceof Record r) {
            record(out, r);
        } else {
            throw new IllegalArgumentException("cannot dump " + o.getClass());
        }
    }

    private static void record(StringBuilder out, Record r) {
        out.append(r.getClass().getSimpleName());
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object line = null;
        Object col = null;
        for (RecordComponent c : components) {
            if (c.getName().equals("line")) {
                line = value(c, r);
            } else if (c.getName().equals("col")) {
                col = value(c, r);
            }
        }
        if (line != null) {
            out.append('@').append(line).append(':').append(col);
        }
        out.append('(');
        boolean first = true;
        for (RecordComponent c : components) {
            if (c.getName().equals("line") || c.getName().equals("col") || isSyncClause(r, c)) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(c.getName()).append('=');
            append(out, value(c, r));
        }
        out.append(')');
    }

    /** A comprehension clause shows {@code isAsync} only for {@code async for}, so plain clauses dump as before. */
    private static boolean isSyncClause(Record r, RecordComponent c) {
        return r instanceof Comprehension && c.getName().equals("isAsync") && Boolean.FALSE.equals(value(c, r));
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (cp < 0x20 || cp >= 0x7f && cp < 0xa0 || cp >= 0xd800 && cp < 0xe000) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        out.append('"');
    }
}
