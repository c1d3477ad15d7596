package lockstep.sim.machine;

import lockstep.sim.runtime.EveryRole;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PythonRandom;

/**
 * What natives running on a simulated thread may ask of the machine, about the thread the interpreter is running.
 * One small adapter plays every role; a native reaches the role it needs through its accessor.
 */
final class ThreadContext implements EveryRole {
    private final Interpreter interpreter;
    private final Machine machine;
    /** Shared by the machine's threads: only one runs Java code at a time, and each step leaves it at zero. */
    private final lockstep.sim.runtime.RecursionGuard recursion = new lockstep.sim.runtime.RecursionGuard();

    ThreadContext(Interpreter interpreter, Machine machine) {
        this.interpreter = interpreter;
        this.machine = machine;
        this.meter = new RunMeter(machine, interpreter);
    }

    /** What big native work costs the run. */
    private final RunMeter meter;

    @Override
    public lockstep.sim.runtime.WorkMeter work() {
        return meter;
    }

    /** The run's meter, for the interpreter's census check (see {@link RunMeter#census}). */
    RunMeter meter() {
        return meter;
    }

    /** Sets the run's memory budget, in bytes. */
    void setMemoryBudget(long bytes) {
        meter.setMemoryBudget(bytes);
    }

    /** The interpreter these natives run on, for the machine's own iterators (generators). */
    Interpreter interpreter() {
        return interpreter;
    }

    private SimThread thread() {
        return interpreter.thread;
    }

    @Override
    public lockstep.sim.runtime.RecursionGuard recursion() {
        return recursion;
    }

    @Override
    public PyObject call(PyObject callable, PyObject[] args, PyDict kwargs) {
        return interpreter.calls.callFromJava(callable, args, kwargs);
    }

    @Override
    public PyObject construct(lockstep.sim.runtime.PyType type, PyObject[] args, PyDict kwargs) {
        return interpreter.calls.constructFromJava(type, args, kwargs);
    }

    @Override
    public void print(String text) {
        machine.print(thread(), text);
    }

    @Override
    public long nowNanos() {
        machine.clockReads++;
        return machine.clockNanos;
    }

    @Override
    public PythonRandom random() {
        machine.randomUses++;
        return machine.random;
    }

    @Override
    public String moduleName() {
        return "__main__";
    }

    @Override
    public lockstep.sim.runtime.ThreadHandle currentThread() {
        return thread();
    }

    @Override
    public lockstep.sim.runtime.ThreadHandle startThread(PyObject function, PyObject[] args, String name,
                                                         boolean daemon) {
        return machine.startThread(thread(), function, args, name, daemon, interpreter);
    }

    @Override
    public lockstep.sim.runtime.ThreadHandle startBareThread(PyObject function, PyObject[] args) {
        SimThread t = machine.startThread(thread(), function, args, null, true, interpreter);
        t.bareFunction = function;
        return t;
    }

    @Override
    public void released(String object) {
        machine.recordRelease(thread(), object);
    }

    @Override
    public void acquired(String object) {
        machine.recordAcquire(thread(), object);
    }

    @Override
    public String newObjectKey(String kind) {
        return machine.newObjectKey(kind, thread());
    }

    @Override
    public void sharedByProcesses(String key) {
        machine.keysSharedByProcesses.add(key);
    }

    @Override
    public void reportThreadException(String threadName, PyBaseException exception) {
        machine.threadExceptionReported(thread(), "Exception in thread " + threadName + ":", exception,
                interpreter.describe(exception));
    }

    @Override
    public void reportProcessException(String processName, PyBaseException exception) {
        machine.threadExceptionReported(thread(), "Process " + processName + ":", exception,
                interpreter.describe(exception));
    }

    @Override
    public lockstep.sim.runtime.MachineRequest kill(int pid, int signal) {
        return machine.processTable.kill(thread(), pid, signal);
    }

    @Override
    public PyObject setSignalHandler(int signal, PyObject handler) {
        return machine.signals.setHandler(thread().process, signal, handler);
    }

    @Override
    public PyObject signalHandler(int signal) {
        return machine.signals.handler(thread().process, signal);
    }

    @Override
    public long[] setAlarm(long delayNanos, long intervalNanos) {
        return machine.signals.setAlarm(thread().process, delayNanos, intervalNanos);
    }

    @Override
    public lockstep.sim.runtime.Blocker signalWait() {
        return machine.signals.pause(thread().process);
    }

    @Override
    public boolean imported(String name) {
        return machine.modules.moduleOf(thread(), name) != null;
    }

    @Override
    public void markDaemonChild(int pid) {
        machine.processTable.markDaemonChild(thread(), pid);
    }

    @Override
    public void setPriority(int priority) {
        thread().priority = priority;
    }

    @Override
    public void label(String key, lockstep.sim.trace.ObjectName name) {
        machine.nameObject(key, name);
    }

    @Override
    public int spawn(PyObject[] bootstrapArgs, boolean viaServer) {
        return machine.processTable.spawn(thread(), bootstrapArgs, viaServer);
    }

    @Override
    public PyObject processExitCode(int pid) {
        Integer code = machine.processTable.exitCodeOf(pid);
        return code == null ? PyNone.NONE : PyInt.of(code);
    }

    @Override
    public PyObject mainModule() {
        return machine.modules.moduleOf(thread(), "__main__");
    }

    @Override
    public String formatTraceback(PyBaseException e) {
        return Traceback.format(e, interpreter.describe(e), machine.source());
    }

    @Override
    public String programLine(int line) {
        String[] lines = machine.source().split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    @Override
    public void writeError(String text) {
        machine.writeError(text);
    }

    @Override
    public void writeStderr(String text) {
        machine.writeStderr(thread(), text);
    }

    @Override
    public void loopEvent(String kind, String narrationKey, Object... args) {
        machine.recordLoopEvent(thread(), thread().frame, kind, narrationKey, args);
    }

    @Override
    public void loopEventAt(lockstep.sim.runtime.PyCoroutine coroutine, String kind, String narrationKey,
                            Object... args) {
        Frame where = ((Coroutine) coroutine).top;
        machine.recordLoopEvent(thread(), where != null ? where : thread().frame, kind, narrationKey, args);
    }

    @Override
    public long switchIntervalNanos() {
        return machine.planner.switchIntervalNanos;
    }

    @Override
    public void setSwitchIntervalNanos(long nanos) {
        machine.planner.switchIntervalNanos = nanos;
    }

    @Override
    public int fork() {
        return machine.processTable.fork(thread());
    }

    @Override
    public int pid() {
        return thread().process.pid;
    }

    @Override
    public PyObject importedModule(String name) {
        return machine.modules.moduleOf(thread(), name);
    }

    @Override
    public int cpuCount() {
        return machine.cores;
    }

    @Override
    public PythonRandom entropy() {
        machine.randomUses++;
        return machine.entropy;
    }

    @Override
    public int parentPid() {
        return thread().process.parentPid;
    }

    @Override
    public lockstep.sim.runtime.Blocker childWait(int pid) {
        return machine.processTable.childWait(thread(), pid);
    }
}
