package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.analysis.SyncObserver;
import lockstep.sim.machine.Machine;
import lockstep.sim.machine.SimThread;
import lockstep.sim.machine.StackFrame;
import lockstep.sim.runtime.PyObject;

/**
 * What each thread holds of shared state, for the threads panel: the picture that makes a lost update obvious.
 *
 * <p>Told every shared access of a run (the variables the race detector watches: the main module's globals and the
 * data attributes of program objects), it keeps per thread its <em>pending reads</em>: a read of a variable by the
 * thread since its own last write to it, the latest per variable. Where the value went is noted at the read: the
 * program frame that read it and the slot of that frame's value stack it was pushed to, and the local variable the
 * next micro-op stores it in, if that is a {@code STORE_FAST} or {@code STORE_DEREF}. A pending read is <em>held</em>
 * while
 * <ul>
 *   <li>that local still holds the very object read ({@code v = x}, then a sleep: the thread holds x's old value in
 *       {@code v}), or</li>
 *   <li>with no such local, the reading frame is still at the line that read it and its value stack still reaches
 *       that slot: the value read is there, or what was computed from it in its place, since an operation leaves
 *       its result where its first operand was ({@code x += 1}: the thread holds 32 computed from the 31 it read).
 *       Leaving the line ends it, so a slot refilled later by other values (a loop's next item) is not taken for
 *       the read.</li>
 * </ul>
 * So a value is no longer held once written back (the pending read ends), stored elsewhere, passed on or popped
 * (used up). Only plain values count (numbers, strings, None and containers of them): a module, function or lock
 * read from a global is a tool, not data the thread could write back stale. Held values are listed in the order read.
 *
 * <p>At most {@value #MAX_PER_THREAD} pending reads are kept per thread, the oldest dropped first, so memory stays
 * bounded on long runs. Deterministic: its maps are only looked up, never iterated.
 */
final class HeldReads implements SyncObserver {
    static final int MAX_PER_THREAD = 16;

    /** A pending read: where the value went, as noted when it was read. */
    private record Read(String variable, long step, int line, Object value, int frameDepth, int slot, String local) {}

    private final Map<Integer, List<Read>> pending = new HashMap<>();
    /** The machine's threads by id, as met: a read looks its thread up without walking the thread table. */
    private final Map<Integer, SimThread> threads = new HashMap<>();
    private Machine machine;

    /** Starts watching {@code watched}, the machine this observer was prepared with. */
    HeldReads watch(Machine watched) {
        this.machine = watched;
        return this;
    }

    @Override
    public void read(int thread, String variable, long step, int line) {
        read(thread, variable, step, line, null);
    }

    @Override
    public void read(int thread, String variable, long step, int line, Object value) {
        SimThread t = threadOf(thread);
        SimThread.PushSite site = t == null ? null : t.pushSite();
        if (site == null) {
            return;
        }
        String local = null;
        String next = site.nextMicroOp();
        if (next.startsWith("STORE_FAST ") || next.startsWith("STORE_DEREF ")) {
            local = next.substring(next.indexOf(' ') + 1);
        }
        List<Read> reads = pending.computeIfAbsent(thread, id -> new ArrayList<>());
        forget(reads, variable);
        if (reads.size() == MAX_PER_THREAD) {
            reads.remove(0);
        }
        reads.add(new Read(variable, step, line, value, site.frames(), site.valueDepth() - 1, local));
    }

    @Override
    public void wrote(int thread, String variable, long step, int line) {
        List<Read> reads = pending.get(thread);
        if (reads != null) {
            forget(reads, variable);
        }
    }

    private SimThread threadOf(int id) {
        SimThread known = threads.get(id);
        if (known != null || machine == null) {
            return known;
        }
        for (SimThread t : machine.threads()) {
            if (t.id() == id) {
                threads.put(id, t);
                return t;
            }
        }
        return null;
    }

    private static void forget(List<Read> reads, String variable) {
        reads.removeIf(r -> r.variable().equals(variable));
    }

    /** The values {@code t} holds now, in the order read. */
    List<HeldValue> heldBy(SimThread t, String programFile) {
        List<Read> reads = pending.get(t.id());
        if (reads == null || reads.isEmpty()) {
            return List.of();
        }
        List<StackFrame> stack = t.stack();
        List<HeldValue> held = new ArrayList<>();
        for (Read r : reads) {
            if (!(r.value() instanceof PyObject read) || !ValueText.isPlain(read) || r.frameDepth() > stack.size()) {
                continue;
            }
            StackFrame frame = stack.get(stack.size() - r.frameDepth());
            if (!frame.file().equals(programFile)) {
                continue;
            }
            String value = text(read);
            if (r.local() != null) {
                if (frame.locals().get(r.local()) == read) {
                    held.add(new HeldValue(r.variable(), value, r.step() + 1, r.local(), null));
                }
            } else if (r.slot() >= 0 && frame.line() == r.line() && frame.values().size() > r.slot()) {
                PyObject now = frame.values().get(r.slot());
                held.add(new HeldValue(r.variable(), value, r.step() + 1, null, now == read ? null : text(now)));
            }
        }
        return held;
    }

    private static String text(PyObject o) {
        return ValueText.of(o, SnapshotBuilder.MAX_VALUE_CHARS);
    }
}
