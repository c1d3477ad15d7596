package lockstep.sim.runtime;

/**
 * What a native asks the machine to do once it has returned: sleep, wait, end the process, or switch coroutines.
 * A native returns one of these instead of a value; the interpreter acts on it after the call and pushes the
 * call's value ({@code None}, or what a wait's {@link Blocker} gives). Natives never write the thread's state.
 * A request is never a value the program sees.
 */
public abstract sealed class MachineRequest extends PyObject {
    private MachineRequest() {}

    @Override
    public PyType type() {
        throw new IllegalStateException("a machine request is not a value of the program");
    }

    /** Why a thread lets virtual time pass without running. */
    public enum SuspendKind {
        /** {@code time.sleep}: the thread sleeps. */
        SLEEP("sleep"),
        /** {@code sim.io}: the thread waits for a device. */
        IO("io"),
        /** {@code sim.compute}: the thread works on its core without executing steps. */
        COMPUTE("compute"),
        /** The asyncio selector waits for its next timer. */
        SELECT("select");

        private final String key;

        SuspendKind(String key) {
            this.key = key;
        }

        /** The kind's name in narration keys and trace events. */
        public String key() {
            return key;
        }
    }

    /** The calling thread lets {@code nanos} of virtual time pass; the call returns None. */
    public static final class Suspend extends MachineRequest {
        public final long nanos;
        public final SuspendKind kind;

        public Suspend(long nanos, SuspendKind kind) {
            this.nanos = nanos;
            this.kind = kind;
        }
    }

    /**
     * The calling thread waits until {@code blocker} is ready or {@code timeoutNanos} of virtual time pass (negative:
     * forever); the call returns the blocker's result.
     */
    public static final class Block extends MachineRequest {
        public final Blocker blocker;
        public final long timeoutNanos;

        public Block(Blocker blocker, long timeoutNanos) {
            this.blocker = blocker;
            this.timeoutNanos = timeoutNanos;
        }
    }

    /** {@code os._exit(code)}: the calling process ends at once, no cleanup runs. */
    public static final class Exit extends MachineRequest {
        public final int code;

        public Exit(int code) {
            this.code = code;
        }
    }

    /**
     * {@code coroutine.send(value)} ({@code thrown} null) or {@code coroutine.throw(thrown)}: the coroutine runs on the
     * calling thread; the caller receives what it next yields, or its return value as {@code StopIteration}, or the
     * exception it lets out.
     */
    public static final class Resume extends MachineRequest {
        public final PyCoroutine coroutine;
        public final PyObject value;
        public final PyBaseException thrown;

        public Resume(PyCoroutine coroutine, PyObject value, PyBaseException thrown) {
            this.coroutine = coroutine;
            this.value = value;
            this.thrown = thrown;
        }
    }

    /** {@code _asyncio._suspend(value)}: the running coroutine suspends, handing {@code value} to its sender. */
    public static final class Yield extends MachineRequest {
        public final PyObject value;

        public Yield(PyObject value) {
            this.value = value;
        }
    }

    /**
     * Resumes a generator on the calling thread: {@code next(gen[, default])}, {@code gen.send(value)},
     * {@code gen.throw(thrown)} or {@code gen.close()}. The caller receives what the generator yields next; its
     * return raises {@code StopIteration} in the caller (or gives {@code defaultValue} when there is one).
     */
    public static final class Advance extends MachineRequest {
        /** What the caller asked the generator to do. */
        public enum How {
            /** {@code next(gen)} or {@code gen.__next__()}: a send of None, told apart in the trace. */
            NEXT, SEND, THROW, CLOSE
        }

        public final PyGenerator generator;
        public final How how;
        public final PyObject value;
        public final PyBaseException thrown;
        /** {@code next(gen, default)}'s default; null when there is none. */
        public final PyObject defaultValue;

        public Advance(PyGenerator generator, How how, PyObject value, PyBaseException thrown, PyObject defaultValue) {
            this.generator = generator;
            this.how = how;
            this.value = value;
            this.thrown = thrown;
            this.defaultValue = defaultValue;
        }
    }

    /**
     * {@code next(obj[, default])} of an object whose class defines {@code __next__}: the interpreter calls
     * {@code nextMethod(self)} on the thread's own frames (so the thread may wait inside it) and the call's value is
     * its result; a StopIteration it lets out gives {@code defaultValue} instead when there is one (not null).
     */
    public static final class NextItem extends MachineRequest {
        public final PyObject nextMethod;
        public final PyObject self;
        public final PyObject defaultValue;

        public NextItem(PyObject nextMethod, PyObject self, PyObject defaultValue) {
            this.nextMethod = nextMethod;
            this.self = self;
            this.defaultValue = defaultValue;
        }
    }

    /**
     * A built-in called on an iterable whose items come from program code (a generator, a program class's iterator):
     * instead of iterating from Java, the interpreter calls {@code helper} of the library module {@code _iterate}
     * with {@code args} on the thread's own frames, so the thread may wait inside; the helper's value is the call's.
     */
    public static final class IterateInProgram extends MachineRequest {
        public final String helper;
        public final PyObject[] args;
        /**
         * For a lazy built-in (zip, map, enumerate, filter): its type, the helper being a generator function whose
         * generator becomes the engine of an {@link EngineIterator} of that type, the call's value; else null.
         */
        public final PyType lazyType;

        public IterateInProgram(String helper, PyObject... args) {
            this(null, helper, args);
        }

        public IterateInProgram(PyType lazyType, String helper, PyObject... args) {
            this.lazyType = lazyType;
            this.helper = helper;
            this.args = args;
        }

        /** The call's value, given what the helper returned. */
        public PyObject valueOf(PyObject helperResult) {
            return lazyType == null ? helperResult : new EngineIterator(lazyType, (PyGenerator) helperResult, args);
        }
    }
}
