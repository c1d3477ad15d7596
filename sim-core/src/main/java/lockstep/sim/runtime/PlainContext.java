package lockstep.sim.runtime;

/**
 * A context that has no machine: it cannot call program code, start threads or fork. Java-side diagnostics use it,
 * and tests of natives extend it with what they need. It plays every role itself.
 */
public class PlainContext implements EveryRole {
    private final ObjectIds objectIds;
    private final RecursionGuard recursion = new RecursionGuard();

    /** A context with an object space of its own. */
    public PlainContext() {
        this(new ObjectSpace());
    }

    /** A context that shows addresses from {@code objectIds}. */
    public PlainContext(ObjectIds objectIds) {
        this.objectIds = objectIds;
    }

    @Override
    public RecursionGuard recursion() {
        return recursion;
    }

    @Override
    public ObjectIds objectIds() {
        return objectIds;
    }

    @Override
    public PyObject call(PyObject callable, PyObject[] args, PyDict kwargs) {
        throw Errors.raise(Types.RUNTIME_ERROR, "program code cannot run here");
    }

    @Override
    public void print(String text) {
        throw new IllegalStateException("no output here");
    }

    @Override
    public long nowNanos() {
        return 0;
    }

    @Override
    public PythonRandom random() {
        throw new IllegalStateException("no random source here");
    }

    @Override
    public String moduleName() {
        return "__main__";
    }

    @Override
    public ThreadHandle currentThread() {
        throw new IllegalStateException("no thread here");
    }

    @Override
    public ThreadHandle startThread(PyObject function, PyObject[] args, String name, boolean daemon) {
        throw new IllegalStateException("no machine here");
    }

    @Override
    public void released(String object) {
    }

    @Override
    public void acquired(String object) {
    }

    @Override
    public void reportThreadException(String threadName, PyBaseException exception) {
    }

    @Override
    public void setPriority(int priority) {
    }

    @Override
    public void label(String key, lockstep.sim.trace.ObjectName name) {
    }

    @Override
    public String newObjectKey(String kind) {
        return kind;
    }

    @Override
    public long switchIntervalNanos() {
        return 5_000_000;
    }

    @Override
    public void setSwitchIntervalNanos(long nanos) {
    }

    @Override
    public int fork() {
        throw new IllegalStateException("no machine here");
    }

    @Override
    public int pid() {
        return 1000;
    }

    @Override
    public int parentPid() {
        return 0;
    }

    @Override
    public Blocker childWait(int pid) {
        return null;
    }

    @Override
    public int spawn(PyObject[] bootstrapArgs, boolean viaServer) {
        throw new IllegalStateException("no machine here");
    }

    @Override
    public PyObject processExitCode(int pid) {
        return PyNone.NONE;
    }

    @Override
    public PyObject mainModule() {
        return PyNone.NONE;
    }
}
