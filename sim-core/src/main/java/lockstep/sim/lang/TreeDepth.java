package lockstep.sim.lang;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Refuses syntax trees deeper than {@link #MAX_DEPTH} nodes, such as {@code 1+1+...+1} with thousands of terms
 * (CPython's compiler gives up on these too). Later stages can then walk trees recursively without overflowing the
 * stack. Walks iteratively, since the tree it checks may be arbitrarily deep.
 */
final class TreeDepth {
    static final int MAX_DEPTH = 1000;

    private record Pending(Node node, int depth) {}

    private TreeDepth() {}

    static void check(String fileName, List<Stmt> body) throws ProgramError {
        Deque<Pending> stack = new ArrayDeque<>();
        pushAll(stack, body, 1);
        while (!stack.isEmpty()) {
            Pending p = stack.pop();
            if (p.depth() > MAX_DEPTH) {
                throw new ProgramError(fileName, p.node().line(), p.node().col(),
                        "SyntaxError: too deeply nested (the syntax tree is more than " + MAX_DEPTH + " levels deep)");
            }
            pushAll(stack, Children.of(p.node()), p.depth() + 1);
        }
    }

    private static void pushAll(Deque<Pending> stack, List<? extends Node> nodes, int depth) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            stack.push(new Pending(nodes.get(i), depth));
        }
    }
}
