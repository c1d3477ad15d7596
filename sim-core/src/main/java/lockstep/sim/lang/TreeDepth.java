package lockstep.sim.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Refuses syntax trees deeper than {@link #MAX_DEPTH} nodes, such as {@code 1+1+...+1} with thousands of terms
 * (CPython's compiler gives up on these too). Later stages can then walk trees recursively without overflowing the
 * stack. Walks iteratively, since the tree it checks may be arbitrarily deep.
 */
final class TreeDepth {
    static final int MAX_DEPTH = 1000;

    private record Pending(Object node, int depth) {}

    private TreeDepth() {}

    static void check(String fileName, List<Stmt> body) throws ProgramError {
        Deque<Pending> stack = new ArrayDeque<>();
        pushAll(stack, new ArrayList<>(body), 1);
        while (!stack.isEmpty()) {
            Pending p = stack.pop();
            if (p.depth() > MAX_DEPTH) {
                int line = p.node() instanceof Expr e ? e.line() : ((Stmt) p.node()).line();
                int col = p.node() instanceof Expr e ? e.col() : ((Stmt) p.node()).col();
                throw new ProgramError(fileName, line, col,
                        "SyntaxError: too deeply nested (the syntax tree is more than " + MAX_DEPTH + " levels deep)");
            }
            List<Object> children = p.node() instanceof Expr e ? new ArrayList<>(ExprChildren.of(e))
                    : StmtChildren.of((Stmt) p.node());
            pushAll(stack, children, p.depth() + 1);
        }
    }

    private static void pushAll(Deque<Pending> stack, List<Object> nodes, int depth) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            stack.push(new Pending(nodes.get(i), depth));
        }
    }
}
