package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.ThreadState;

/**
 * The process table's operations: {@code fork}, multiprocessing's spawn and forkserver starts, {@code waitpid}
 * and which children it has reaped, exit codes and {@code os._exit}. The processes and threads themselves are the
 * machine's tables.
 */
final class Processes {
    private final Machine machine;

    Processes(Machine machine) {
        this.machine = machine;
    }

    /** A new process, child of {@code parentPid}, with one thread, not yet in the machine's tables. */
    private SimThread newProcess(int parentPid, String threadName) {
        SimProcess child = new SimProcess(machine.nextPid++, parentPid);
        return new SimThread(machine.nextThreadId++, threadName, child, false);
    }

    /** Enters a new process and its only thread in the machine's tables, the thread ready to run. */
    private void admit(SimThread main) {
        main.state = ThreadState.RUNNABLE;
        main.readySince = machine.steps;
        main.process.threads.add(main);
        machine.threads.add(main);
        machine.processes.add(main.process);
    }

    /**
     * {@code os.fork()} by {@code parent}: a new process with a copy of the parent's memory — every module, object
     * and lock in its current state — and only the calling thread, which will see 0 as fork's result.
     */
    int fork(SimThread parent) {
        for (Frame f = parent.frame; f != null; f = f.back) {
            if (f.returnMode == Frame.ReturnMode.TO_JAVA) {
                // The child would resume without the simulator's own work around that frame (building the class,
                // sorting), which lives on the parent's Java stack and cannot be copied.
                throw lockstep.sim.runtime.Errors.raise(lockstep.sim.runtime.Types.RUNTIME_ERROR, "os.fork() inside "
                        + "a class body, an import, or a function a built-in calls (a sort key, a metaclass) is outside "
                        + "the scenario language");
            }
        }
        SimProcess from = parent.process;
        SimThread copy = newProcess(from.pid, parent.name);
        SimProcess child = copy.process;
        lockstep.sim.runtime.ObjectCopier copier = new lockstep.sim.runtime.ObjectCopier(parent, copy);
        for (java.util.Map.Entry<String, PyModule> e : from.modules.entrySet()) {
            child.modules.put(e.getKey(), (PyModule) copier.copy(e.getValue()));
        }
        child.main = child.modules.get("__main__");
        copy.frame = parent.frame.copyFor(copier);
        copy.depth = parent.depth;
        copy.handledException = (PyBaseException) copier.copy(parent.handledException);
        child.objects = from.objects.copyFor(copier);
        copy.priority = parent.priority;
        copy.pushOnResume = lockstep.sim.runtime.PyInt.ZERO;
        admit(copy);
        machine.recorder.threadCreated(copy, parent);
        machine.recorder.forked(parent, copy);
        return child.pid;
    }

    /**
     * What a thread waiting for a child process (any child for -1) waits on, or null when it has no such child.
     * The wait returns {@code (pid, status)} with the exit code in the status's high byte, as CPython's does.
     */
    lockstep.sim.runtime.Blocker childWait(SimThread t, int pid) {
        List<SimProcess> children = new ArrayList<>();
        for (SimProcess p : machine.processes) {
            boolean mine = p.parentPid == t.process.pid || (forkServerPid != 0 && p.parentPid == forkServerPid
                    && t.process.pid == process(forkServerPid).parentPid);
            if (mine && p.pid != forkServerPid && (pid == -1 || p.pid == pid) && !reaped.contains(p.pid)) {
                children.add(p);
            }
        }
        if (children.isEmpty()) {
            return null;
        }
        return new lockstep.sim.runtime.Blocker() {
            private SimProcess ended() {
                for (SimProcess p : children) {
                    if (!p.isAlive()) {
                        return p;
                    }
                }
                return null;
            }

            @Override
            public boolean ready(lockstep.sim.runtime.ThreadHandle waiter) {
                return ended() != null;
            }

            @Override
            public lockstep.sim.runtime.PyObject complete(lockstep.sim.runtime.ThreadHandle waiter) {
                SimProcess p = ended();
                reaped.add(p.pid);
                return lockstep.sim.runtime.PyTuple.of(lockstep.sim.runtime.PyInt.of(p.pid),
                        lockstep.sim.runtime.PyInt.of(p.exitCode < 0 ? -p.exitCode & 0x7f : (p.exitCode & 0xff) << 8));
            }

            @Override
            public lockstep.sim.runtime.PyObject timedOut(lockstep.sim.runtime.ThreadHandle waiter) {
                return lockstep.sim.runtime.PyNone.NONE;
            }

            @Override
            public String waitsFor() {
                return children.size() == 1 ? "process " + children.get(0).pid : "a child process";
            }

            @Override
            public lockstep.sim.trace.ObjectName waitsForName() {
                return new lockstep.sim.trace.ObjectName.ChildProcess(children.size() == 1 ? children.get(0).pid : -1);
            }
        };
    }

    /** Children whose end a wait has already reported. */
    private final java.util.Set<Integer> reaped = new java.util.TreeSet<>();

    /**
     * Starts a process the way multiprocessing's spawn and forkserver methods do: a fresh interpreter that runs the
     * program's top level with {@code __name__} set to {@code '__mp_main__'}, then calls
     * {@code multiprocessing._spawn_bootstrap(*bootstrapArgs)} (arguments copied, as pickling would). With
     * {@code viaServer}, the child's parent is a single-threaded fork server started the first time.
     */
    int spawn(SimThread parent, PyObject[] bootstrapArgs, boolean viaServer) {
        int parentPid = parent.process.pid;
        if (viaServer) {
            if (forkServerPid == 0) {
                SimProcess server = new SimProcess(machine.nextPid++, parent.process.pid);
                machine.processes.add(server);
                forkServerPid = server.pid;
                machine.recorder.forkServerStarted(parent, server.pid);
            }
            parentPid = forkServerPid;
        }
        SimThread main = newProcess(parentPid, "MainThread");
        SimProcess child = main.process;
        lockstep.sim.runtime.ObjectCopier copier = new lockstep.sim.runtime.ObjectCopier(parent, main);
        PyObject[] args = new PyObject[bootstrapArgs.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = copier.copy(bootstrapArgs[i]);
        }
        LinkedHashMap<String, PyObject> globals = child.main.dict;
        globals.put("__name__", PyStr.of("__mp_main__"));
        // The program's file as the run names it: there is no file system to make it absolute, as CPython does.
        globals.put("__file__", PyStr.of(machine.programCode.fileName));
        child.modules.put("__main__", child.main);
        child.modules.put("__mp_main__", child.main);
        PyFunction moduleFunction = new PyFunction(machine.programCode, globals, new PyObject[0], null,
                new lockstep.sim.runtime.PyCell[0]);
        main.frame = new Frame(machine.programCode, moduleFunction, globals, null);
        main.depth = 1;
        main.spawnEntry = "_spawn_bootstrap";
        main.spawnArgs = args;
        admit(main);
        machine.recorder.threadCreated(main, parent);
        machine.recorder.spawned(parent, main, viaServer);
        return child.pid;
    }

    private int forkServerPid;

    /** The exit code of process {@code pid} if it has ended, or null while it runs. */
    Integer exitCodeOf(int pid) {
        SimProcess p = process(pid);
        return p == null || p.isAlive() ? null : p.exitCode;
    }

    /** The process with this pid, or null. */
    SimProcess process(int pid) {
        for (SimProcess p : machine.processes) {
            if (p.pid == pid) {
                return p;
            }
        }
        return null;
    }

    /**
     * {@code os.kill(pid, signal)}: the process's handler runs, or its default action (ending it with exit code
     * {@code -signal}) is taken. The request for the caller's own thread when it signalled its own process.
     */
    lockstep.sim.runtime.MachineRequest kill(SimThread caller, int pid, int signal) {
        SimProcess target = process(pid);
        if (target == null || reaped.contains(pid)) {
            throw lockstep.sim.runtime.Errors.raise(lockstep.sim.runtime.Types.EXCEPTIONS.getOrDefault(
                    "ProcessLookupError", lockstep.sim.runtime.Types.OS_ERROR), "[Errno 3] No such process");
        }
        return machine.signals.send(caller, target, signal);
    }

    /** Ends {@code p} as a signal's default action does, with exit code {@code code} (minus the signal). */
    void terminate(SimProcess p, int code) {
        if (p.isAlive()) {
            endThreads(p, code);
        }
    }

    /** Marks a child of the caller's process daemonic (multiprocessing's {@code daemon=True}). */
    void markDaemonChild(SimThread caller, int pid) {
        SimProcess child = process(pid);
        if (child != null && child.parentPid == caller.process.pid) {
            child.daemonChild = true;
        }
    }

    /**
     * The process {@code parent} is exiting: as multiprocessing's atexit handler, it terminates (SIGTERM) its
     * daemonic children still running; the others it waits for, which here means they run on.
     */
    void terminateDaemonChildren(SimProcess parent) {
        for (SimProcess p : new ArrayList<>(machine.processes)) {
            if (p.daemonChild && p.parentPid == parent.pid && p.isAlive()) {
                endThreads(p, -15);
            }
        }
    }

    private void endThreads(SimProcess p, int code) {
        p.exitCode = code;
        for (SimThread other : p.threads) {
            if (other.isAlive()) {
                other.state = ThreadState.DONE;
                other.blocker = null;
                other.blockDeadlineNanos = -1;
                other.computing = false;
                other.frame = null;
                machine.recorder.threadEnded(other);
            }
        }
    }

    /** {@code os._exit(code)}: every thread of the process ends at once, no cleanup runs. */
    void exitProcess(SimThread t, int code) {
        endThreads(t.process, code);
        if (t.process == machine.mainThread.process) {
            machine.outcome = machine.allDone() ? Machine.Outcome.COMPLETED : machine.outcome;
        }
    }
}
