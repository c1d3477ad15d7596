package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.machine.Machine;
import lockstep.sim.machine.SimProcess;
import lockstep.sim.machine.SimThread;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PySet;

/**
 * Looks at the shared variables of every process before each step and records what the previous step changed. A
 * variable holding the same object as before is unchanged, unless it is a list, dict or set whose size or first
 * items changed; a changed value is recorded when its text differs, and a global the step stored is recorded even
 * when its value stays the same. Runs after every step, so it avoids work:
 * names are rescanned only when a namespace's size changes, and values that are not plain are remembered as such.
 */
final class VariableRecorder {
    /** How many items of a list, dict or set are compared, step by step, to notice it changed. */
    static final int SHALLOW_ITEMS = 256;

    /** What one variable was last seen holding. */
    private static final class Seen {
        final String name;
        PyObject value;
        /** Its text when last recorded; null while the variable has not held a plain value. */
        String text;
        /** For a list, dict or set: its size and first items when last seen; null for other values. */
        int size;
        Object[] items;
        /** For a program object: its attributes. */
        Namespace attributes;

        Seen(String name) {
            this.name = name;
        }
    }

    /** The variables of one namespace (a process's globals, an object's attributes), rescanned when its size changes. */
    private static final class Namespace {
        int scannedSize = -1;
        Seen[] vars = new Seen[0];
    }

    private final Machine machine;
    private final VariableHistory history;
    /** One per process, in the machine's process order. */
    private final List<Namespace> processes = new ArrayList<>();
    private ThreadRef lastRunner;
    /** The global the last step was about to store (in process {@link #pendingStorePid}), or null. */
    private String pendingStore;
    private int pendingStorePid;
    private long stepOfLastLook = -1;

    VariableRecorder(Machine machine, VariableHistory history) {
        this.machine = machine;
        this.history = history;
    }

    long reached(SimThread next) {
        look();
        lastRunner = new ThreadRef(next.id(), next.name(), next.process().pid());
        pendingStore = next.nextGlobalStore();
        pendingStorePid = next.process().pid();
        return machine.steps() + 1;
    }

    /** The run is over: what its last step changed. */
    void finish() {
        look();
    }

    private void look() {
        long step = machine.steps();
        if (step == stepOfLastLook) {
            return;
        }
        stepOfLastLook = step;
        List<SimProcess> all = machine.processes();
        for (int i = 0; i < all.size(); i++) {
            if (i == processes.size()) {
                processes.add(new Namespace());
            }
            SimProcess p = all.get(i);
            look(p.pid(), "", p.globals(), processes.get(i), true);
        }
    }

    private void look(int pid, String prefix, Map<String, PyObject> namespace, Namespace watched, boolean globals) {
        if (namespace.size() != watched.scannedSize) {
            rescan(prefix, namespace, watched, globals);
        }
        for (Seen s : watched.vars) {
            PyObject v = namespace.get(s.name.substring(prefix.length()));
            if (v != null) {
                check(pid, s, v);
                if (globals && SnapshotBuilder.isProgramObject(v)) {
                    if (s.attributes == null) {
                        s.attributes = new Namespace();
                    }
                    look(pid, s.name + ".", ((PyInstance) v).dict, s.attributes, false);
                }
            }
        }
    }

    /** The namespace's names (dunder names left out, and underscored attributes of a library-derived object). */
    private static void rescan(String prefix, Map<String, PyObject> namespace, Namespace watched, boolean globals) {
        Map<String, Seen> old = new HashMap<>();
        for (Seen s : watched.vars) {
            old.put(s.name, s);
        }
        List<Seen> vars = new ArrayList<>();
        for (String key : namespace.keySet()) {
            if (key.startsWith("__") || (!globals && key.startsWith("_"))) {
                continue;
            }
            String name = prefix + key;
            vars.add(old.containsKey(name) ? old.get(name) : new Seen(name));
        }
        watched.vars = vars.toArray(new Seen[0]);
        watched.scannedSize = namespace.size();
    }

    private void check(int pid, Seen s, PyObject v) {
        if (s.value == v && (s.items == null || sameShape(s, v))) {
            if (s.text != null && pid == pendingStorePid && s.name.equals(pendingStore)) {
                // Stored again with the value it had: a write all the same.
                history.add(pid, s.name, new VariableHistory.Change(machine.steps(), lastRunner, s.text));
            }
            return;
        }
        s.value = v;
        remember(s, v);
        if (s.text == null && !ValueText.isPlain(v)) {
            return;
        }
        String text = ValueText.of(v, SnapshotBuilder.MAX_VALUE_CHARS);
        if (!text.equals(s.text) || (pid == pendingStorePid && s.name.equals(pendingStore))) {
            s.text = text;
            history.add(pid, s.name, new VariableHistory.Change(machine.steps(), lastRunner, text));
        }
    }

    private static boolean sameShape(Seen s, PyObject v) {
        Object[] items = s.items;
        if (size(v) != s.size) {
            return false;
        }
        if (s.text == null) {
            // Not a plain value (a list of threads): only a new size may have made it one.
            return true;
        }
        if (v instanceof PyList l) {
            for (int i = 0; i < items.length; i++) {
                if (items[i] != l.items.get(i)) {
                    return false;
                }
            }
            return true;
        }
        int i = 0;
        for (Object item : elements(v)) {
            if (i >= items.length) {
                break;
            }
            if (items[i++] != item) {
                return false;
            }
        }
        return true;
    }

    private static void remember(Seen s, PyObject v) {
        if (!(v instanceof PyList || v instanceof PyDict || v instanceof PySet)) {
            s.items = null;
            return;
        }
        s.size = size(v);
        Object[] items = new Object[Math.min(s.size, SHALLOW_ITEMS)];
        int i = 0;
        for (Object item : elements(v)) {
            if (i >= items.length) {
                break;
            }
            items[i++] = item;
        }
        s.items = items;
    }

    private static int size(PyObject v) {
        return v instanceof PyList l ? l.items.size() : v instanceof PyDict d ? d.map.size() : ((PySet) v).items.size();
    }

    /** A list's items; a dict's values (a key changes only with the size, or a value with it); a set's items. */
    private static Iterable<? extends Object> elements(PyObject v) {
        return v instanceof PyList l ? l.items : v instanceof PyDict d ? d.map.values() : ((PySet) v).items;
    }
}
