package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import lockstep.sim.runtime.ObjectSpace;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;

/** A simulated process: its pid, its {@code __main__} globals, its imported modules and its threads. */
public final class SimProcess {
    final int pid;
    final int parentPid;
    PyModule main;
    final LinkedHashMap<String, PyModule> modules = new LinkedHashMap<>();
    final List<SimThread> threads = new ArrayList<>();
    /** Its objects' ids: fresh for the first process and a spawned one, the parent's copied for a fork. */
    ObjectSpace objects = new ObjectSpace();
    /** The exit status once every thread has ended: 0, 1 after an uncaught exception, or {@code os._exit(n)}. */
    int exitCode;
    /** A multiprocessing child started daemonic: its parent's exit terminates it. */
    boolean daemonChild;
    /** Its signal handlers by signal number (signal.signal), and the signals waiting for its main thread. */
    final java.util.TreeMap<Integer, PyObject> signalHandlers = new java.util.TreeMap<>();
    final java.util.ArrayDeque<Integer> pendingSignals = new java.util.ArrayDeque<>();
    /** When its alarm (SIGALRM) rings, -1 for none; and how often it rings again. */
    long alarmAtNanos = -1;
    long alarmIntervalNanos;

    SimProcess(int pid, int parentPid) {
        this.pid = pid;
        this.parentPid = parentPid;
        this.main = new PyModule("__main__", new LinkedHashMap<String, PyObject>());
    }

    /** The ids this process has handed out to its objects. */
    public ObjectSpace objectSpace() {
        return objects;
    }

    /** A summary of its signals waiting and its alarm, to see whether a step sent it one. */
    public long signalState() {
        long h = pendingSignals.size();
        for (int signal : pendingSignals) {
            h = h * 31 + signal;
        }
        return h * 31 + alarmAtNanos * 17 + alarmIntervalNanos;
    }

    public int pid() {
        return pid;
    }

    public LinkedHashMap<String, PyObject> globals() {
        return main.dict;
    }

    /** The pid of the process that forked or spawned this one; 0 for the first. */
    public int parentPid() {
        return parentPid;
    }

    /** The threads of this process, in creation order. */
    public List<SimThread> threads() {
        return java.util.Collections.unmodifiableList(threads);
    }

    /** True while any of its threads is alive. */
    public boolean alive() {
        return isAlive();
    }

    /** A module this process has imported, or null. */
    public PyModule module(String name) {
        return modules.get(name);
    }

    /** The exit status once every thread has ended. */
    public int exitCode() {
        return exitCode;
    }

    boolean isAlive() {
        for (SimThread t : threads) {
            if (t.isAlive()) {
                return true;
            }
        }
        return false;
    }
}
