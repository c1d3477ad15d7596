package lockstep.sim.library;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.Blocker;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Forkable;
import lockstep.sim.runtime.ObjectCopier;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.SyncObject;
import lockstep.sim.runtime.ThreadHandle;
import lockstep.sim.runtime.Types;

/**
 * A channel between processes, as the operating system's pipes behind multiprocessing's Queue and Pipe: the same
 * object in every process (a fork does not copy it), carrying copies of what is sent, as pickling would.
 */
final class Channels {
    static final PyType CHANNEL = new PyType("_channel", Types.OBJECT, true, "_os");

    private Channels() {}

    /** A FIFO of copied items with an optional capacity. */
    static final class Channel extends PyObject implements Forkable, SyncObject {
        final String key;
        final long capacity;
        final ArrayDeque<PyObject> items = new ArrayDeque<>();

        Channel(String key, long capacity) {
            this.key = key;
            this.capacity = capacity;
        }

        @Override
        public PyType type() {
            return CHANNEL;
        }

        @Override
        public String key() {
            return key;
        }

        /** Shared, not copied: both processes of a fork use the same channel. */
        @Override
        public PyObject copyFor(ObjectCopier copier) {
            return this;
        }

        boolean full() {
            return capacity > 0 && items.size() >= capacity;
        }
    }

    static void install(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "_channel", (ctx, a, kw) -> {
            Args.count("_channel", a, 1, 1);
            return new Channel(ctx.sync().newObjectKey("channel"), Args.asLong(a[0]));
        });
        Natives.function(d, "_send", (ctx, a, kw) -> {
            Args.count("_send", a, 3, 3);
            Channel c = channel(a[0]);
            PyObject item = transfer(ctx, a[1]);
            long timeout = timeoutNanos(a[2]);
            if (!c.full()) {
                c.items.addLast(item);
                ctx.sync().released(c.key);
                return PyBool.TRUE;
            }
            if (timeout == 0) {
                return PyBool.FALSE;
            }
            return new MachineRequest.Block(new ChannelWait(c, item, true), timeout);
        });
        Natives.function(d, "_receive", (ctx, a, kw) -> {
            Args.count("_receive", a, 2, 2);
            Channel c = channel(a[0]);
            long timeout = timeoutNanos(a[1]);
            if (!c.items.isEmpty()) {
                ctx.sync().acquired(c.key);
                return lockstep.sim.runtime.PyTuple.of(PyBool.TRUE, c.items.removeFirst());
            }
            if (timeout == 0) {
                return lockstep.sim.runtime.PyTuple.of(PyBool.FALSE, PyNone.NONE);
            }
            return new MachineRequest.Block(new ChannelWait(c, null, false), timeout);
        });
        Natives.function(d, "_size", (ctx, a, kw) -> {
            Args.count("_size", a, 1, 1);
            return PyInt.of(channel(a[0]).items.size());
        });
        // Connection.poll(timeout): whether an item is there, waiting up to the timeout for one; takes nothing.
        Natives.function(d, "_channel_poll", (ctx, a, kw) -> {
            Args.count("_channel_poll", a, 2, 2);
            Channel c = channel(a[0]);
            long timeout = timeoutNanos(a[1]);
            if (!c.items.isEmpty() || timeout == 0) {
                return PyBool.of(!c.items.isEmpty());
            }
            return new MachineRequest.Block(new ChannelPoll(c), timeout);
        });
    }

    private static Channel channel(PyObject o) {
        if (o instanceof Channel c) {
            return c;
        }
        throw Errors.typeError("expected a channel, not '" + o.type().name + "'");
    }

    /** A copy of {@code item} as the receiving process will own it: nothing is shared with the sender. */
    private static PyObject transfer(CallContext ctx, PyObject item) {
        ThreadHandle me = ctx.threads().currentThread();
        return new ObjectCopier(me, me).copy(item);
    }

    /** -1 for None (wait forever), else seconds as nanoseconds. */
    private static long timeoutNanos(PyObject t) {
        if (t == PyNone.NONE) {
            return -1;
        }
        double s = Args.asDouble(t);
        if (s < 0) {
            throw Errors.valueError("'timeout' must be a non-negative number");
        }
        return Math.round(s * 1e9);
    }

    /** Waits for an item to be there, leaving it for a receive. */
    private record ChannelPoll(Channel channel) implements Blocker {
        @Override
        public boolean ready(ThreadHandle waiter) {
            return !channel.items.isEmpty();
        }

        @Override
        public PyObject complete(ThreadHandle waiter) {
            return PyBool.TRUE;
        }

        @Override
        public PyObject timedOut(ThreadHandle waiter) {
            return PyBool.FALSE;
        }

        @Override
        public String waitsFor() {
            return channel.key;
        }
    }

    /** Waits for room to send, or for an item to receive. */
    private record ChannelWait(Channel channel, PyObject item, boolean sending) implements Blocker {
        @Override
        public boolean ready(ThreadHandle waiter) {
            return sending ? !channel.full() : !channel.items.isEmpty();
        }

        @Override
        public PyObject complete(ThreadHandle waiter) {
            if (sending) {
                channel.items.addLast(item);
                return PyBool.TRUE;
            }
            return lockstep.sim.runtime.PyTuple.of(PyBool.TRUE, channel.items.removeFirst());
        }

        @Override
        public PyObject timedOut(ThreadHandle waiter) {
            return sending ? PyBool.FALSE : lockstep.sim.runtime.PyTuple.of(PyBool.FALSE, PyNone.NONE);
        }

        @Override
        public String waitsFor() {
            return channel.key;
        }
    }
}
