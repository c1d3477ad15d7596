package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * A wakeup tree (Abdulla et al., "Source sets", JACM 2017): at a choice point, the sequences of operations still to
 * be explored from it, as an ordered tree of threads. Children are kept in the order they were added, the leftmost
 * explored first. Each node's operation is named against the point's state ({@link RootedFootprint}), since it may
 * come from another execution than the one comparing with it.
 */
final class WakeupTree {
    /** A node: the operation of {@code thread} after the sequence leading to it. */
    static final class Node {
        final int thread;
        /** What the operation touches, named against the tree's point; null before it was first run. */
        RootedFootprint footprint;
        final List<Node> children = new ArrayList<>();

        Node(int thread, RootedFootprint footprint) {
            this.thread = thread;
            this.footprint = footprint;
        }

        /** The child for {@code thread}, or null. */
        Node child(int thread) {
            for (Node c : children) {
                if (c.thread == thread) {
                    return c;
                }
            }
            return null;
        }
    }

    private final Node root = new Node(-1, null);

    /** The subtree below {@code node} (of another point's tree), renamed from its point's names to this point's. */
    static WakeupTree rerooted(Node node, Footprint.Names from, Footprint.Names to) {
        WakeupTree tree = new WakeupTree();
        if (node != null) {
            for (Node c : node.children) {
                tree.root.children.add(copy(c, from, to));
            }
        }
        return tree;
    }

    private static Node copy(Node n, Footprint.Names from, Footprint.Names to) {
        Node out = new Node(n.thread, n.footprint == null ? null : n.footprint.reroot(from, to));
        for (Node c : n.children) {
            out.children.add(copy(c, from, to));
        }
        return out;
    }

    /** The leftmost child: the next sequence to explore; null when none is left. */
    Node first() {
        return root.children.isEmpty() ? null : root.children.get(0);
    }

    /** Adds {@code thread} as the last child (the point's own choice, when no sequence was waiting). */
    Node add(int thread) {
        Node n = new Node(thread, null);
        root.children.add(n);
        return n;
    }

    /** Removes a child and every sequence through it. */
    void remove(Node child) {
        root.children.remove(child);
    }

    /**
     * Inserts {@code v} unless a sequence already in the tree covers it: walking down, a child whose thread is a weak
     * initial of what is left of {@code v} is followed (its operation taken out of {@code v}); reaching a leaf means
     * {@code v} is covered; otherwise what is left is added as the last branch where the walk stopped. {@code v} must
     * be rooted at this tree's point. Says whether it added.
     */
    boolean insert(WakeupSequence v) {
        Node node = root;
        boolean[] removed = new boolean[v.size()];
        while (true) {
            if (node != root && node.children.isEmpty()) {
                return false;
            }
            Node next = null;
            for (Node c : node.children) {
                if (c.footprint == null ? v.firstOf(c.thread, removed) >= 0 && v.weakInitialRooted(c.thread,
                        RootedFootprint.unknown(), removed) : v.weakInitialRooted(c.thread, c.footprint, removed)) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                for (int k = 0; k < v.size(); k++) {
                    if (!removed[k]) {
                        Node added = new Node(v.threads[k], v.rooted(k));
                        node.children.add(added);
                        node = added;
                    }
                }
                return true;
            }
            int k = v.firstOf(next.thread, removed);
            if (k >= 0) {
                removed[k] = true;
            }
            node = next;
        }
    }
}
