package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import lockstep.sim.analysis.Deadlock;
import lockstep.sim.runtime.ThreadHandle;
import lockstep.sim.trace.ObjectName;

/** Builds the wait-for graph of threads that can no longer run and finds its cycle. */
final class Deadlocks {
    private Deadlocks() {}

    /** {@code threads} in creation order; the first one's process is the program's own, named without a pid. */
    static Deadlock analyze(List<SimThread> threads, UnaryOperator<String> describe,
                            Function<String, ObjectName> names) {
        SimProcess first = threads.get(0).process;
        Map<SimThread, SimThread> waitsOn = new LinkedHashMap<>();
        List<Deadlock.Waiting> waiting = new ArrayList<>();
        for (SimThread t : threads) {
            if (t.blocker == null) {
                continue;
            }
            // A wait for a signal (a notify, a thread's end) is not held by anyone who could simply let go.
            ThreadHandle holder = t.blocker.isLockLike() ? t.blocker.holder() : null;
            boolean orphaned = holder instanceof SimThread h && h.process != t.process;
            String name = t.process == first ? t.name : t.name + " (process " + t.process.pid + ")";
            waiting.add(new Deadlock.Waiting(name, describe.apply(t.blocker.waitsFor()),
                    holder == null ? null : holder.name(), orphaned, t.id, holder == null ? -1 : holder.id(),
                    t.blocker.waitsForName() != null ? t.blocker.waitsForName() : names.apply(t.blocker.waitsFor()), t.process == first ? -1 : t.process.pid));
            if (holder instanceof SimThread h && h.isAlive() && !orphaned) {
                waitsOn.put(t, h);
            }
        }
        List<SimThread> cycle = cycle(waitsOn);
        List<String> named = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            SimThread u = cycle.get(i);
            named.add(u.name);
            ids.add(u.id);
            if (i + 1 < cycle.size()) {
                named.add(describe.apply(u.blocker.waitsFor()));
            }
        }
        return new Deadlock(named, waiting, ids);
    }

    /**
     * The first cycle found following holders from each waiting thread, in creation order: its threads, the first
     * again at the end; empty when there is none.
     */
    private static List<SimThread> cycle(Map<SimThread, SimThread> waitsOn) {
        for (SimThread start : waitsOn.keySet()) {
            List<SimThread> path = new ArrayList<>();
            SimThread t = start;
            while (t != null && !path.contains(t)) {
                path.add(t);
                t = waitsOn.get(t);
            }
            if (t == null) {
                continue;
            }
            List<SimThread> cycle = new ArrayList<>(path.subList(path.indexOf(t), path.size()));
            cycle.add(t);
            return cycle;
        }
        return List.of();
    }
}
