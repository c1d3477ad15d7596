package lockstep.sim.library;

import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.PyBoundMethod;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.PythonRandom;

/** A machine-less context for tests: calls natives, bound natives and built-in constructors directly. */
final class TestContext implements CallContext {
    final StringBuilder printed = new StringBuilder();

    @Override
    public PyObject call(PyObject callable, PyObject[] args, PyDict kwargs) {
        if (callable instanceof PyNativeFunction n) {
            return n.body.call(this, args, kwargs);
        }
        if (callable instanceof PyBoundMethod m) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = m.self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return call(m.function, withSelf, kwargs);
        }
        if (callable instanceof PyType t && t.constructor() != null) {
            return t.constructor().construct(this, t, args, kwargs);
        }
        throw lockstep.sim.runtime.Errors.typeError("'" + callable.type().name + "' object is not callable");
    }

    @Override
    public void print(String text) {
        printed.append(text);
    }

    @Override
    public long nowNanos() {
        return 0;
    }

    @Override
    public void suspend(long nanos, String kind) {
        throw new UnsupportedOperationException("no threads in tests");
    }

    @Override
    public PythonRandom random() {
        throw new UnsupportedOperationException("no random source in tests");
    }

    @Override
    public String moduleName() {
        return "__main__";
    }

    @Override
    public lockstep.sim.runtime.ThreadHandle currentThread() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void block(lockstep.sim.runtime.Blocker blocker, long timeoutNanos) {
        throw new UnsupportedOperationException();
    }

    @Override
    public lockstep.sim.runtime.ThreadHandle startThread(PyObject function, PyObject[] args, String name,
                                                         boolean daemon) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void released(String object) {
    }

    @Override
    public void acquired(String object) {
    }

    @Override
    public void reportThreadException(String threadName, lockstep.sim.runtime.PyBaseException exception) {
    }

    @Override
    public void setPriority(int priority) {
    }

    @Override
    public void label(String key, String text) {
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
    public void exitProcess(int code) {
    }

    @Override
    public boolean waitForChild(int pid) {
        return false;
    }
}
