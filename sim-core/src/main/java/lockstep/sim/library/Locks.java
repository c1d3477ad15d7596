package lockstep.sim.library;

import java.util.function.Consumer;
import java.util.function.Supplier;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.Blocker;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.SyncObject;
import lockstep.sim.runtime.ThreadHandle;
import lockstep.sim.runtime.Types;

/**
 * The two native locks every other primitive is built from, as in CPython: {@code _thread.lock} (owned by nobody in
 * particular, released by anyone) and {@code _thread.RLock} (owned by a thread, re-entrant). A thread that cannot
 * take one waits; when the lock is free again, the waiters take turns in the order they came, but a thread that is
 * running may take a free lock first, as in CPython.
 */
final class Locks {
    static final PyType LOCK = new PyType("lock", Types.OBJECT, true, "_thread");
    static final PyType RLOCK = new PyType("RLock", Types.OBJECT, true, "_thread");

    private Locks() {}

    /**
     * What both native locks are: a key naming it in the trace, the thread that holds it, and whether it is a
     * multiprocessing lock, the same lock in every process. In the child of a fork a lock keeps its state: held by its
     * owner, who may not exist there.
     */
    abstract static class NativeLock extends PyObject implements SyncObject, lockstep.sim.runtime.Forkable {
        private final PyType type;
        final String key;
        ThreadHandle owner;
        /** A multiprocessing lock: the same lock in every process, never copied. */
        boolean shared;

        NativeLock(PyType type, String key) {
            this.type = type;
            this.key = key;
        }

        @Override
        public PyType type() {
            return type;
        }

        /** A lock of the same kind and key, free; {@link #copyFor} gives it the owner and the rest of the state. */
        abstract NativeLock freshCopy();

        @Override
        public PyObject copyFor(lockstep.sim.runtime.ObjectCopier copier) {
            if (shared) {
                return this;
            }
            NativeLock copy = freshCopy();
            copy.owner = copier.thread(owner);
            return copy;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** A plain lock. */
    static final class Lock extends NativeLock {
        /** True for a lock used as a signal (a condition's waiter, a thread's end): no holder could just release it. */
        boolean signal;
        /** For a signal: whether waiting for it counts as BLOCKED (a semaphore) rather than WAITING. */
        boolean blockedState;

        Lock(String key) {
            super(LOCK, key);
        }

        @Override
        NativeLock freshCopy() {
            Lock copy = new Lock(key);
            copy.signal = signal;
            copy.blockedState = blockedState;
            return copy;
        }
    }

    /** A re-entrant lock: its owner may take it again; it is free when released as often as taken. */
    static final class RLock extends NativeLock {
        long count;

        RLock(String key) {
            super(RLOCK, key);
        }

        @Override
        NativeLock freshCopy() {
            RLock copy = new RLock(key);
            copy.count = count;
            return copy;
        }
    }

    static void install() {
        LOCK.setConstructor((ctx, t, a, kw) -> new Lock(ctx.sync().newObjectKey("lock")));
        RLOCK.setConstructor((ctx, t, a, kw) -> new RLock(ctx.sync().newObjectKey("rlock")));
        Natives.method(LOCK, "acquire", (ctx, a, kw) -> acquireLock(ctx, (Lock) a[0], a, kw));
        Natives.method(LOCK, "acquire_lock", (ctx, a, kw) -> acquireLock(ctx, (Lock) a[0], a, kw));
        Natives.method(LOCK, "__enter__", (ctx, a, kw) -> acquireLock(ctx, (Lock) a[0], new PyObject[] {a[0]}, null));
        Natives.method(LOCK, "release", (ctx, a, kw) -> releaseLock(ctx, (Lock) a[0]));
        Natives.method(LOCK, "release_lock", (ctx, a, kw) -> releaseLock(ctx, (Lock) a[0]));
        Natives.method(LOCK, "__exit__", (ctx, a, kw) -> {
            releaseLock(ctx, (Lock) a[0]);
            return PyBool.FALSE;
        });
        Natives.method(LOCK, "locked", (ctx, a, kw) -> PyBool.of(((Lock) a[0]).owner != null));
        Natives.method(LOCK, "__repr__", (ctx, a, kw) -> lockstep.sim.runtime.PyStr.of("<"
                + (((Lock) a[0]).owner != null ? "locked" : "unlocked") + " _thread.lock object>"));

        Natives.method(RLOCK, "acquire", (ctx, a, kw) -> acquireRLock(ctx, (RLock) a[0], a, kw));
        Natives.method(RLOCK, "__enter__", (ctx, a, kw) -> acquireRLock(ctx, (RLock) a[0], new PyObject[] {a[0]}, null));
        Natives.method(RLOCK, "release", (ctx, a, kw) -> releaseRLock(ctx, (RLock) a[0]));
        Natives.method(RLOCK, "__exit__", (ctx, a, kw) -> {
            releaseRLock(ctx, (RLock) a[0]);
            return PyBool.FALSE;
        });
        Natives.method(RLOCK, "_is_owned", (ctx, a, kw) -> PyBool.of(((RLock) a[0]).owner == ctx.threads().currentThread()));
        Natives.method(RLOCK, "_release_save", (ctx, a, kw) -> {
            RLock lock = (RLock) a[0];
            if (lock.owner != ctx.threads().currentThread()) {
                throw Errors.raise(Types.RUNTIME_ERROR, "cannot release un-acquired lock");
            }
            long count = lock.count;
            lock.owner = null;
            lock.count = 0;
            ctx.sync().released(lock.key);
            return PyTuple.of(PyInt.of(count), PyInt.of(ctx.threads().currentThread().id()));
        });
        Natives.method(RLOCK, "_acquire_restore", (ctx, a, kw) -> {
            RLock lock = (RLock) a[0];
            long count = ((PyInt) ((PyTuple) a[1]).items[0]).value;
            ThreadHandle me = ctx.threads().currentThread();
            if (lock.owner == null) {
                lock.owner = me;
                lock.count = count;
                ctx.sync().acquired(lock.key);
                return PyNone.NONE;
            }
            return new MachineRequest.Block(rlockWait(lock, count, PyNone.NONE), -1);
        });
        Natives.method(RLOCK, "__repr__", (ctx, a, kw) -> {
            RLock lock = (RLock) a[0];
            return lockstep.sim.runtime.PyStr.of("<" + (lock.owner != null ? "locked" : "unlocked")
                    + " _thread.RLock object owner=" + (lock.owner == null ? 0 : lock.owner.id()) + " count="
                    + lock.count + ">");
        });
    }

    /** {@code blocking} and {@code timeout} as CPython reads them; returns the timeout in nanoseconds (-1: none). */
    private static long timeoutNanos(CallContext ctx, PyObject[] a, PyDict kw, boolean[] blocking) {
        PyObject b = a.length > 1 ? a[1] : Args.keyword(kw, "blocking");
        PyObject t = a.length > 2 ? a[2] : Args.keyword(kw, "timeout");
        blocking[0] = b == null || lockstep.sim.runtime.Ops.truthy(ctx, b);
        double timeout = t == null ? -1 : Args.asDouble(t);
        if (!blocking[0] && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be a non-negative number");
        }
        return timeout < 0 ? -1 : Math.round(timeout * 1e9);
    }

    private static PyObject acquireLock(CallContext ctx, Lock lock, PyObject[] a, PyDict kw) {
        boolean[] blocking = new boolean[1];
        long timeout = timeoutNanos(ctx, a, kw, blocking);
        if (lock.owner == null) {
            lock.owner = ctx.threads().currentThread();
            ctx.sync().acquired(lock.key);
            return PyBool.TRUE;
        }
        if (!blocking[0] || timeout == 0) {
            return PyBool.FALSE;
        }
        return new MachineRequest.Block(new LockWait(lock.key, () -> lock.owner, waiter -> lock.owner = waiter,
                PyBool.TRUE, !lock.signal, !lock.signal || lock.blockedState), timeout);
    }

    private static PyObject releaseLock(CallContext ctx, Lock lock) {
        if (lock.owner == null) {
            throw Errors.raise(Types.RUNTIME_ERROR, "release unlocked lock");
        }
        lock.owner = null;
        ctx.sync().released(lock.key);
        return PyNone.NONE;
    }

    private static PyObject acquireRLock(CallContext ctx, RLock lock, PyObject[] a, PyDict kw) {
        boolean[] blocking = new boolean[1];
        long timeout = timeoutNanos(ctx, a, kw, blocking);
        ThreadHandle me = ctx.threads().currentThread();
        if (lock.owner == me) {
            lock.count++;
            return PyBool.TRUE;
        }
        if (lock.owner == null) {
            lock.owner = me;
            lock.count = 1;
            ctx.sync().acquired(lock.key);
            return PyBool.TRUE;
        }
        if (!blocking[0] || timeout == 0) {
            return PyBool.FALSE;
        }
        return new MachineRequest.Block(rlockWait(lock, 1, PyBool.TRUE), timeout);
    }

    /** Waits for a re-entrant lock, then takes it {@code count} times. */
    private static Blocker rlockWait(RLock lock, long count, PyObject result) {
        return new LockWait(lock.key, () -> lock.owner, waiter -> {
            lock.owner = waiter;
            lock.count = count;
        }, result, true, true);
    }

    private static PyObject releaseRLock(CallContext ctx, RLock lock) {
        if (lock.owner != ctx.threads().currentThread()) {
            throw Errors.raise(Types.RUNTIME_ERROR, "cannot release un-acquired lock");
        }
        if (--lock.count == 0) {
            lock.owner = null;
            ctx.sync().released(lock.key);
        }
        return PyNone.NONE;
    }

    /**
     * Waits for a lock to be free, then takes it ({@code take} records the new owner, and for a re-entrant lock
     * its count) and returns {@code result}; on timeout the call returns False. A lock used as a signal makes the
     * wait a WAITING one rather than BLOCKED.
     */
    private record LockWait(String key, Supplier<ThreadHandle> owner, Consumer<ThreadHandle> take, PyObject result,
                            boolean isLockLike, boolean isBlockedState) implements Blocker {
        @Override
        public boolean ready(ThreadHandle waiter) {
            return owner.get() == null;
        }

        @Override
        public PyObject complete(ThreadHandle waiter) {
            take.accept(waiter);
            return result;
        }

        @Override
        public PyObject timedOut(ThreadHandle waiter) {
            return PyBool.FALSE;
        }

        @Override
        public String waitsFor() {
            return key;
        }

        @Override
        public ThreadHandle holder() {
            return owner.get();
        }

    }
}
