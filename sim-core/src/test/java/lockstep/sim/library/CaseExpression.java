package lockstep.sim.library;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;

/**
 * The restricted Python expressions of {@code cases.tsv}: literals (int, float, str, list, tuple, dict, set, None,
 * True, False), names of built-ins, calls, attributes, and method calls. The whole expression must end in a
 * method call {@code RECEIVER.name(args)}; {@link #receiver} and {@link #call} evaluate its two halves.
 */
final class CaseExpression {
    /** A parsed expression node. */
    private interface Node {
        PyObject eval(CallContext ctx);
    }

    private record MethodCall(Node target, String name, List<Node> args, List<String> kwNames, List<Node> kwValues)
            implements Node {
        @Override
        public PyObject eval(CallContext ctx) {
            return invoke(ctx, target.eval(ctx));
        }

        PyObject invoke(CallContext ctx, PyObject receiver) {
            PyObject method = Attrs.get(ctx, receiver, name);
            return callWith(ctx, method, args, kwNames, kwValues);
        }
    }

    private final String text;
    private int pos;
    private final MethodCall top;

    CaseExpression(String text) {
        this.text = text;
        Node n = postfix();
        skipSpace();
        if (pos != text.length()) {
            throw error("unexpected text");
        }
        if (!(n instanceof MethodCall m)) {
            throw error("not a method call");
        }
        this.top = m;
    }

    /** Evaluates the receiver of the final method call. */
    PyObject receiver(CallContext ctx) {
        return top.target.eval(ctx);
    }

    /** Calls the final method on an evaluated receiver. */
    PyObject call(CallContext ctx, PyObject receiver) {
        return top.invoke(ctx, receiver);
    }

    private static PyObject callWith(CallContext ctx, PyObject callable, List<Node> args, List<String> kwNames,
                                     List<Node> kwValues) {
        PyObject[] argv = new PyObject[args.size()];
        for (int i = 0; i < argv.length; i++) {
            argv[i] = args.get(i).eval(ctx);
        }
        PyDict kw = null;
        if (!kwNames.isEmpty()) {
            kw = new PyDict();
            for (int i = 0; i < kwNames.size(); i++) {
                kw.map.put(PyStr.of(kwNames.get(i)), kwValues.get(i).eval(ctx));
            }
        }
        return ctx.call(callable, argv, kw);
    }

    // ---- parsing

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + pos + " in: " + text);
    }

    private void skipSpace() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean eat(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private Node postfix() {
        Node n = primary();
        while (true) {
            if (eat('.')) {
                String name = name();
                if (eat('(')) {
                    List<Node> args = new ArrayList<>();
                    List<String> kwNames = new ArrayList<>();
                    List<Node> kwValues = new ArrayList<>();
                    arguments(args, kwNames, kwValues);
                    n = new MethodCall(n, name, args, kwNames, kwValues);
                } else {
                    Node target = n;
                    n = ctx -> Attrs.get(ctx, target.eval(ctx), name);
                }
            } else if (eat('(')) {
                List<Node> args = new ArrayList<>();
                List<String> kwNames = new ArrayList<>();
                List<Node> kwValues = new ArrayList<>();
                arguments(args, kwNames, kwValues);
                Node callee = n;
                n = ctx -> callWith(ctx, callee.eval(ctx), args, kwNames, kwValues);
            } else {
                return n;
            }
        }
    }

    private void arguments(List<Node> args, List<String> kwNames, List<Node> kwValues) {
        if (eat(')')) {
            return;
        }
        do {
            skipSpace();
            int save = pos;
            if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
                String name = name();
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == '=' && !text.startsWith("==", pos)) {
                    pos++;
                    kwNames.add(name);
                    kwValues.add(postfix());
                    continue;
                }
                pos = save;
            }
            if (!kwNames.isEmpty()) {
                throw error("positional argument after keyword");
            }
            args.add(postfix());
        } while (eat(',') && !peek(')'));
        expect(')');
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private String name() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a name");
        }
        return text.substring(start, pos);
    }

    private Node primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            PyObject s = string();
            return ctx -> s;
        }
        if (Character.isDigit(c) || c == '-' || (c == '.' && pos + 1 < text.length()
                && Character.isDigit(text.charAt(pos + 1)))) {
            PyObject n = number();
            return ctx -> n;
        }
        if (eat('[')) {
            List<Node> items = items(']');
            return ctx -> {
                ArrayList<PyObject> out = new ArrayList<>();
                for (Node i : items) {
                    out.add(i.eval(ctx));
                }
                return new PyList(out, true);
            };
        }
        if (eat('(')) {
            if (eat(')')) {
                return ctx -> PyTuple.EMPTY;
            }
            Node first = postfix();
            if (eat(')')) {
                return first;
            }
            expect(',');
            List<Node> items = new ArrayList<>();
            items.add(first);
            if (!eat(')')) {
                items.addAll(items(')'));
            }
            return ctx -> {
                PyObject[] out = new PyObject[items.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = items.get(i).eval(ctx);
                }
                return PyTuple.of(out);
            };
        }
        if (eat('{')) {
            return braces();
        }
        if (Character.isJavaIdentifierStart(c)) {
            String name = name();
            switch (name) {
                case "None":
                    return ctx -> PyNone.NONE;
                case "True":
                    return ctx -> PyBool.TRUE;
                case "False":
                    return ctx -> PyBool.FALSE;
                default:
                    PyObject builtin = Builtins.get(name);
                    if (builtin == null) {
                        throw error("unknown name " + name);
                    }
                    return ctx -> builtin;
            }
        }
        throw error("unexpected character");
    }

    /** Comma-separated items up to {@code close} (already after the opener); a trailing comma is allowed. */
    private List<Node> items(char close) {
        List<Node> items = new ArrayList<>();
        if (eat(close)) {
            return items;
        }
        do {
            if (peek(close)) {
                break;
            }
            items.add(postfix());
        } while (eat(','));
        expect(close);
        return items;
    }

    private Node braces() {
        if (eat('}')) {
            return ctx -> new PyDict();
        }
        Node first = postfix();
        if (eat(':')) {
            List<Node> keys = new ArrayList<>();
            List<Node> values = new ArrayList<>();
            keys.add(first);
            values.add(postfix());
            while (eat(',') && !peek('}')) {
                keys.add(postfix());
                expect(':');
                values.add(postfix());
            }
            expect('}');
            return ctx -> {
                LinkedHashMap<PyObject, PyObject> m = new LinkedHashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    m.put(Ops.checkHashable(keys.get(i).eval(ctx)), values.get(i).eval(ctx));
                }
                return new PyDict(m);
            };
        }
        List<Node> items = new ArrayList<>();
        items.add(first);
        if (eat(',')) {
            items.addAll(items('}'));
        } else {
            expect('}');
        }
        return ctx -> {
            LinkedHashSet<PyObject> s = new LinkedHashSet<>();
            for (Node i : items) {
                s.add(Ops.checkHashable(i.eval(ctx)));
            }
            return new PySet(s, false);
        };
    }

    private PyObject number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                || ((text.charAt(pos) == '+' || text.charAt(pos) == '-')
                        && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        String t = text.substring(start, pos);
        if (t.contains(".") || t.contains("e") || t.contains("E")) {
            return new PyFloat(Double.parseDouble(t));
        }
        return PyInt.of(new BigInteger(t));
    }

    private PyObject string() {
        char quote = text.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == quote) {
                return PyStr.of(sb.toString());
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case '\\', '\'', '"' -> sb.append(e);
                case 'x' -> {
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 2), 16));
                    pos += 2;
                }
                case 'u' -> {
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw error("unknown escape \\" + e);
            }
        }
    }
}
