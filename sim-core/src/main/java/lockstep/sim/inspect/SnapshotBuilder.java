package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.library.NativeSyncState;
import lockstep.sim.machine.Machine;
import lockstep.sim.machine.SimProcess;
import lockstep.sim.machine.SimThread;
import lockstep.sim.machine.StackFrame;
import lockstep.sim.runtime.Blocker;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.ThreadHandle;
import lockstep.sim.trace.ObjectName;

/**
 * Takes the picture of a machine: reads processes, threads, the synchronization objects reachable from each
 * process's main globals and its threads' program frames, and the shared variables. Reads only; never runs program
 * code. Called on the thread that runs the machine, between two steps.
 */
final class SnapshotBuilder {
    /** How far below a global the search for synchronization objects goes (attributes, items). */
    private static final int MAX_DEPTH = 3;
    /** Lists, tuples and dicts longer than this are not searched. */
    private static final int MAX_ITEMS_SEARCHED = 64;
    /** Longest text kept for a variable's value or a queue item. */
    static final int MAX_VALUE_CHARS = 200;

    private final Machine machine;
    /** What the threads read and hold, when the run is watched; null otherwise. */
    private final HeldReads reads;

    private SnapshotBuilder(Machine machine, HeldReads reads) {
        this.machine = machine;
        this.reads = reads;
    }

    static Snapshot build(Machine machine, boolean finished) {
        return build(machine, finished, null);
    }

    /** The picture, with each thread's held values taken from {@code reads} (null: none). */
    static Snapshot build(Machine machine, boolean finished, HeldReads reads) {
        return new SnapshotBuilder(machine, reads).build(finished);
    }

    private Snapshot build(boolean finished) {
        List<ProcessInfo> processes = new ArrayList<>();
        for (SimProcess p : machine.processes()) {
            processes.add(process(p));
        }
        return new Snapshot(machine.steps(), machine.clockNanos(), finished, processes);
    }

    // ------------------------------------------------------------------ processes and threads

    private ProcessInfo process(SimProcess p) {
        ObjectSearch search = new ObjectSearch(p);
        for (Map.Entry<String, PyObject> e : p.globals().entrySet()) {
            if (!e.getKey().startsWith("__")) {
                search.visit(e.getValue(), e.getKey(), 0);
            }
        }
        for (SimThread t : p.threads()) {
            List<StackFrame> stack = t.stack();
            for (int i = stack.size() - 1; i >= 0; i--) {
                StackFrame f = stack.get(i);
                if (f.file().equals(machine.programFile()) && !f.function().equals("<module>")) {
                    for (Map.Entry<String, PyObject> e : f.locals().entrySet()) {
                        search.visit(e.getValue(), e.getKey(), 0);
                    }
                }
            }
        }
        List<ThreadInfo> threads = new ArrayList<>();
        for (SimThread t : p.threads()) {
            threads.add(thread(t, search));
        }
        return new ProcessInfo(p.pid(), p.parentPid(), p.alive(), threads, search.objects, variables(p),
                EventLoops.of(p), gil(p));
    }

    /** Who holds the process's GIL and who waits for it: its other threads that are ready to run. */
    private GilInfo gil(SimProcess p) {
        if (!machine.gilActive()) {
            return null;
        }
        SimThread holder = machine.gilHolder(p);
        List<ThreadRef> waiting = new ArrayList<>();
        for (SimThread t : p.threads()) {
            boolean ready = t.state() == lockstep.sim.ThreadState.RUNNABLE && !t.computing()
                    || t.blocker() != null && t.blocker().ready(t);
            if (t != holder && ready) {
                waiting.add(ref(t));
            }
        }
        return new GilInfo(ref(holder), waiting);
    }

    private ThreadInfo thread(SimThread t, ObjectSearch search) {
        List<FrameInfo> frames = new ArrayList<>();
        int line = 0;
        String function = "";
        List<StackFrame> stack = t.stack();
        String microOp = stack.isEmpty() ? "" : stack.get(0).microOp();
        for (StackFrame f : stack) {
            boolean library = !f.file().equals(machine.programFile());
            frames.add(new FrameInfo(f.file(), f.function(), f.line(), library));
            if (!library && line == 0) {
                line = f.line();
                function = f.function();
            }
        }
        WaitInfo wait = null;
        Blocker b = t.blocker();
        if (b != null) {
            String key = b.waitsFor();
            ThreadHandle holder = b.isLockLike() ? b.holder() : null;
            String name = search.waitNames.getOrDefault(key, machine.describeObject(key));
            boolean absent = holder instanceof SimThread h && h.process() != t.process()
                    && !search.sharedKeys.contains(key);
            String variable = search.waitNames.get(key);
            ObjectName what = variable != null ? new ObjectName.Variable(variable)
                    : b.waitsForName() != null ? b.waitsForName() : machine.objectName(key);
            wait = new WaitInfo(key, name, ref(holder), absent, what);
        }
        boolean timed = t.computing() || t.state() == lockstep.sim.ThreadState.SLEEPING
                || t.state() == lockstep.sim.ThreadState.IO;
        List<HeldValue> held = reads == null ? List.of() : reads.heldBy(t, machine.programFile());
        return new ThreadInfo(t.id(), t.name(), t.process().pid(), t.state(), t.daemon(), line, function, frames,
                wait, timed ? t.wakeAtNanos() : -1, microOp, held);
    }

    static ThreadRef ref(ThreadHandle h) {
        if (h == null) {
            return null;
        }
        int pid = h instanceof SimThread s ? s.process().pid() : 0;
        return new ThreadRef(h.id(), h.name(), pid);
    }

    /**
     * The threads blocked acquiring the lock {@code key}, in the order they came (the ready queue's order): of
     * {@code process} only, unless the lock is shared (a fork's copy of a lock keeps its key).
     */
    private List<ThreadRef> lockWaiters(String key, SimProcess process, boolean shared) {
        List<SimThread> waiting = new ArrayList<>();
        for (SimThread t : machine.threads()) {
            Blocker b = t.blocker();
            if (b != null && b.isLockLike() && b.waitsFor().equals(key) && (shared || t.process() == process)) {
                waiting.add(t);
            }
        }
        waiting.sort(Comparator.comparingLong(SimThread::readySince).thenComparingInt(SimThread::id));
        List<ThreadRef> refs = new ArrayList<>();
        for (SimThread t : waiting) {
            refs.add(ref(t));
        }
        return refs;
    }

    // ------------------------------------------------------------------ variables

    private static List<VariableInfo> variables(SimProcess p) {
        List<VariableInfo> vars = new ArrayList<>();
        for (Map.Entry<String, PyObject> e : p.globals().entrySet()) {
            String name = e.getKey();
            PyObject v = e.getValue();
            if (name.startsWith("__")) {
                continue;
            }
            if (ValueText.isPlain(v)) {
                vars.add(new VariableInfo(name, ValueText.of(v, MAX_VALUE_CHARS)));
            } else if (isProgramObject(v)) {
                boolean hideUnderscored = LibraryClass.of(v) != null;
                for (Map.Entry<String, PyObject> a : ((PyInstance) v).dict.entrySet()) {
                    if (ValueText.isPlain(a.getValue()) && !(hideUnderscored && a.getKey().startsWith("_"))) {
                        vars.add(new VariableInfo(name + "." + a.getKey(), ValueText.of(a.getValue(), MAX_VALUE_CHARS)));
                    }
                }
            }
        }
        return vars;
    }

    /** An object of a class the program defines (possibly deriving from a library class such as Thread). */
    static boolean isProgramObject(PyObject v) {
        return v instanceof PyInstance && !(v instanceof lockstep.sim.runtime.PyThreadLocal)
                && LibraryClass.isProgramModule(v.type().module);
    }

    // ------------------------------------------------------------------ synchronization objects

    /** Finds and reads the synchronization objects of one process, each once, named after the first path to it. */
    private final class ObjectSearch {
        final SimProcess process;
        final List<SyncInfo> objects = new ArrayList<>();
        /** What a wait on a key is called: a condition's waiter locks are named after their condition. */
        final Map<String, String> waitNames = new HashMap<>();
        final java.util.Set<String> sharedKeys = new java.util.TreeSet<>();
        private final Map<PyObject, Boolean> seen = new IdentityHashMap<>();

        ObjectSearch(SimProcess process) {
            this.process = process;
        }

        void visit(PyObject v, String path, int depth) {
            if (v == null || v instanceof PyModule || v instanceof PyFunction || v instanceof PyType
                    || seen.put(v, Boolean.TRUE) != null) {
                return;
            }
            NativeSyncState.Lock lock = NativeSyncState.lock(v);
            if (lock != null) {
                if (!lock.signal()) {
                    add(lockInfo(path, lock), lock.key());
                }
                return;
            }
            NativeSyncState.Channel channel = NativeSyncState.channel(v);
            if (channel != null) {
                add(channelQueue(path, channel, "multiprocessing.connection"), channel.key());
                return;
            }
            LibraryClass library = LibraryClass.of(v);
            if (library != null && readLibraryObject((PyInstance) v, library, path)) {
                return;
            }
            if (depth >= MAX_DEPTH) {
                return;
            }
            if (v instanceof PyInstance inst && (library == null || library == LibraryClass.THREAD
                    || library == LibraryClass.PROCESS) && isProgramObject(v)) {
                for (Map.Entry<String, PyObject> a : inst.dict.entrySet()) {
                    if (library == null || !a.getKey().startsWith("_")) {
                        visit(a.getValue(), path + "." + a.getKey(), depth + 1);
                    }
                }
            } else if (v instanceof PyList l && l.items.size() <= MAX_ITEMS_SEARCHED) {
                for (int i = 0; i < l.items.size(); i++) {
                    visit(l.items.get(i), path + "[" + i + "]", depth + 1);
                }
            } else if (v instanceof PyTuple t && t.items.length <= MAX_ITEMS_SEARCHED) {
                for (int i = 0; i < t.items.length; i++) {
                    visit(t.items[i], path + "[" + i + "]", depth + 1);
                }
            } else if (v instanceof PyDict d && d.map.size() <= MAX_ITEMS_SEARCHED) {
                for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                    if (ValueText.isPlain(e.getKey())) {
                        visit(e.getValue(), path + "[" + ValueText.of(e.getKey(), 40) + "]", depth + 1);
                    }
                }
            }
        }

        private void add(SyncInfo info, String key) {
            objects.add(info);
            waitNames.putIfAbsent(key, info.name());
        }

        private LockInfo lockInfo(String name, NativeSyncState.Lock lock) {
            ThreadHandle owner = lock.owner();
            boolean absent = owner instanceof SimThread t && t.process() != process && !lock.shared();
            if (lock.shared()) {
                sharedKeys.add(lock.key());
            }
            return new LockInfo(name, lock.key(), lock.reentrant(), ref(owner), absent, lock.count(),
                    lockWaiters(lock.key(), process, lock.shared()), lock.shared());
        }

        /** Reads a library object; false when it is not one a picture shows (a thread, a pool). */
        private boolean readLibraryObject(PyInstance o, LibraryClass kind, String name) {
            switch (kind) {
                case CONDITION -> {
                    NativeSyncState.Lock lock = NativeSyncState.lock(o.dict.get("_lock"));
                    add(new ConditionInfo(name, keyOf(lock), lock == null ? null : ref(lock.owner()),
                            waiters(o, name)), keyOf(lock));
                }
                case SEMAPHORE, BOUNDED_SEMAPHORE -> {
                    PyInstance cond = condition(o);
                    long bound = kind == LibraryClass.BOUNDED_SEMAPHORE ? number(o.dict.get("_initial_value")) : -1;
                    add(new SemaphoreInfo(name, conditionKey(cond), number(o.dict.get("_value")), bound,
                            waiters(cond, name)), conditionKey(cond));
                }
                case EVENT -> {
                    PyInstance cond = condition(o);
                    PyObject flag = o.dict.get("_flag");
                    add(new EventInfo(name, conditionKey(cond), flag == lockstep.sim.runtime.PyBool.TRUE,
                            waiters(cond, name)), conditionKey(cond));
                }
                case BARRIER -> {
                    PyInstance cond = condition(o);
                    long state = number(o.dict.get("_state"));
                    BarrierInfo.Phase phase = state == 0 ? BarrierInfo.Phase.FILLING
                            : state == 1 ? BarrierInfo.Phase.DRAINING
                            : state == -1 ? BarrierInfo.Phase.RESETTING : BarrierInfo.Phase.BROKEN;
                    int waiting = state == 0 ? (int) number(o.dict.get("_count")) : 0;
                    add(new BarrierInfo(name, conditionKey(cond), (int) number(o.dict.get("_parties")), waiting, phase,
                            waiters(cond, name)), conditionKey(cond));
                }
                case QUEUE, LIFO_QUEUE, PRIORITY_QUEUE -> add(threadQueue(o, kind, name), queueKey(o));
                case PROCESS_QUEUE -> {
                    NativeSyncState.Channel channel = NativeSyncState.channel(o.dict.get("_channel"));
                    if (channel == null) {
                        return false;
                    }
                    add(channelQueue(name, channel, kind.pythonName()), channel.key());
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private QueueInfo threadQueue(PyInstance o, LibraryClass kind, String name) {
            List<String> items = new ArrayList<>();
            int size = 0;
            if (o.dict.get("queue") instanceof PyList l) {
                size = l.items.size();
                List<PyObject> order = new ArrayList<>(l.items);
                if (kind == LibraryClass.LIFO_QUEUE) {
                    Collections.reverse(order);
                }
                for (int i = 0; i < order.size() && i < QueueInfo.MAX_ITEMS; i++) {
                    items.add(ValueText.of(order.get(i), MAX_VALUE_CHARS));
                }
            }
            return new QueueInfo(name, queueKey(o), kind.pythonName(), items, size, number(o.dict.get("maxsize")),
                    number(o.dict.get("unfinished_tasks")), waitersOf(o.dict.get("not_empty"), name),
                    waitersOf(o.dict.get("not_full"), name), waitersOf(o.dict.get("all_tasks_done"), name));
        }

        private QueueInfo channelQueue(String name, NativeSyncState.Channel channel, String type) {
            sharedKeys.add(channel.key());
            List<String> items = new ArrayList<>();
            for (int i = 0; i < channel.items().size() && i < QueueInfo.MAX_ITEMS; i++) {
                items.add(ValueText.of(channel.items().get(i), MAX_VALUE_CHARS));
            }
            List<ThreadRef> getters = new ArrayList<>();
            List<ThreadRef> putters = new ArrayList<>();
            List<SimThread> waiting = new ArrayList<>();
            for (SimThread t : machine.threads()) {
                if (t.blocker() != null && t.blocker().waitsFor().equals(channel.key())) {
                    waiting.add(t);
                }
            }
            waiting.sort(Comparator.comparingLong(SimThread::readySince).thenComparingInt(SimThread::id));
            for (SimThread t : waiting) {
                (isSending(t) ? putters : getters).add(ref(t));
            }
            return new QueueInfo(name, channel.key(), type, items, channel.items().size(), channel.capacity(), 0,
                    getters, putters, List.of());
        }

        /** A thread waiting on a channel waits to send when the library frame that called it puts or sends. */
        private boolean isSending(SimThread t) {
            for (StackFrame f : t.stack()) {
                if (f.function().endsWith("put") || f.function().endsWith("send")) {
                    return true;
                }
                if (f.function().endsWith("get") || f.function().endsWith("recv")) {
                    return false;
                }
            }
            return false;
        }

        /** The threads in a condition's {@code wait()}: the owners of its waiter locks, in notify order. */
        private List<ThreadRef> waiters(PyInstance cond, String objectName) {
            List<ThreadRef> refs = new ArrayList<>();
            if (cond == null || !(cond.dict.get("_waiters") instanceof PyList waiters)) {
                return refs;
            }
            for (PyObject w : waiters.items) {
                NativeSyncState.Lock lock = NativeSyncState.lock(w);
                if (lock != null) {
                    waitNames.putIfAbsent(lock.key(), objectName);
                    if (lock.owner() != null) {
                        refs.add(ref(lock.owner()));
                    }
                }
            }
            return refs;
        }

        private List<ThreadRef> waitersOf(PyObject cond, String objectName) {
            return cond instanceof PyInstance c ? waiters(c, objectName) : List.of();
        }

        private PyInstance condition(PyInstance o) {
            return o.dict.get("_cond") instanceof PyInstance c ? c : null;
        }

        private String conditionKey(PyInstance cond) {
            return cond == null ? "" : keyOf(NativeSyncState.lock(cond.dict.get("_lock")));
        }

        private String queueKey(PyInstance queue) {
            return keyOf(NativeSyncState.lock(queue.dict.get("mutex")));
        }
    }

    private static String keyOf(NativeSyncState.Lock lock) {
        return lock == null ? "" : lock.key();
    }

    private static long number(PyObject o) {
        return o instanceof PyInt i && i.big == null ? i.value : 0;
    }
}
