package lockstep.sim.machine;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.SyncObject;

/**
 * A canonical walk over everything a machine's future depends on: processes, threads and their frames, modules and
 * every object they reach, timers, channels, the output so far, the random generators, the object ids
 * handed out. Time is left out: the step count, the clock and the steps at which threads became ready, which differ
 * between schedules that reach one state by different numbers of steps (a wait that ended and began again); the
 * explorer merges such states only where nothing below them reads the clock or has a timer set (see
 * {@link Machine#timersPending}), and only while the step limit stays out of reach. Synchronization keys, names the
 * trace gives in the order objects are made, count only as which objects share one. It gives two things the
 * explorer needs: a 128-bit fingerprint, equal for equal states reached by
 * different schedules, and a canonical number for each object reached (in the order of a breadth-first walk from
 * the machine), so that the objects an operation touched can be named the same way in every execution that reaches
 * that state.
 *
 * <p>The walk reads fields by reflection, so state added to the runtime later is covered without changing it.
 * What is not the program's state is skipped by type: the trace, the recorder, the scheduler, the analyses, the
 * interpreter's per-step registers (empty between operations), the module loader's caches. Immutable shared things
 * are leaves: code objects by their content, built-in types by name. Maps keyed by identity (the object ids) are
 * folded in order-independently once the walk has numbered their keys.
 */
public final class StateWalk {
    /** What one exploration's walks share: the content key of each code object, the size of the last walk. */
    public static final class Registry {
        /**
         * Per class, in one lookup: whether the walk skips it, its key and its fields. These are a function of the
         * class alone, so one table serves every walk in the JVM: a single class value is the fastest lookup by
         * class, where one per search (many, over the same classes) falls back to slow lookups.
         */
        private static final ClassValue<ClassInfo> CLASSES = new ClassValue<>() {
            @Override
            protected ClassInfo computeValue(Class<?> c) {
                return infoOf(c);
            }
        };

        ClassInfo info(Class<?> c) {
            return CLASSES.get(c);
        }

        private static ClassInfo infoOf(Class<?> c) {
            boolean skip = skippedType(c);
            long key = (long) c.getName().hashCode() * 31 + c.getName().length();
            boolean leafType = c == String.class || Number.class.isAssignableFrom(c) || c == Boolean.class
                    || c == Character.class || Enum.class.isAssignableFrom(c) || c == CodeObject.class
                    || PyType.class.isAssignableFrom(c) || c == Class.class;
            // A type is a leaf only when built in: a program's classes are walked field by field.
            boolean alwaysLeaf = leafType && !PyType.class.isAssignableFrom(c);
            return new ClassInfo(skip, key, skip || alwaysLeaf || c.isArray() || c.isPrimitive() ? null
                    : FieldPlan.of(c, StateWalk::skippedType), leafType, shapeOf(c));
        }

        /** How the contents of a class's objects are walked (see {@link #contents}). */
        private static Shape shapeOf(Class<?> c) {
            if (Frame.class.isAssignableFrom(c)) {
                return Shape.FRAME;
            }
            if (lockstep.sim.runtime.PyFunction.class.isAssignableFrom(c)) {
                return Shape.FUNCTION;
            }
            if (IdentityHashMap.class.isAssignableFrom(c)) {
                return Shape.IDENTITY_MAP;
            }
            if (Map.class.isAssignableFrom(c)) {
                return Shape.MAP;
            }
            if (Collection.class.isAssignableFrom(c)) {
                return Shape.COLLECTION;
            }
            if (CharSequence.class.isAssignableFrom(c)) {
                return Shape.TEXT;
            }
            return c.isArray() ? Shape.ARRAY : Shape.FIELDS;
        }

        private final Map<CodeObject, Long> codeKeys = new IdentityHashMap<>();
        /** How many objects the last walk met: the next one's tables start that big. */
        private int lastSize = 256;

        /** A registry for walks of about 256 objects to start with. */
        public Registry() {
        }

        /** A registry whose first walk's tables start big enough for {@code expectedObjects}. */
        Registry(int expectedObjects) {
            this.lastSize = Math.max(256, expectedObjects);
        }
    }

    /**
     * What the walk needs of a class, found in one lookup: whether it skips it, its key, its fields, and whether its
     * objects may be leaves compared by content (values, code, types, classes).
     */
    private record ClassInfo(boolean skip, long key, FieldPlan fields, boolean mayBeLeaf, Shape shape) {}

    /** What an object's contents are, by its class, so that the walk tests its class once rather than per object. */
    private enum Shape { FRAME, FUNCTION, IDENTITY_MAP, MAP, COLLECTION, TEXT, ARRAY, FIELDS }

    /**
     * A class's fields for the walk, sorted by declaring class and name: read through their offsets, or by
     * reflection for a lambda's or a record's (which have no offsets).
     */
    private record FieldPlan(long[] offsets, char[] types, Field[] reflected) {
        static FieldPlan of(Class<?> c, java.util.function.Predicate<Class<?>> skip) {
            List<Field> all = new ArrayList<>();
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || skip.test(f.getType()) || isReadyQueueOrder(f)) {
                        continue;
                    }
                    all.add(f);
                }
            }
            all.sort(Comparator.comparing((Field f) -> f.getDeclaringClass().getName()).thenComparing(Field::getName));
            Field[] fields = all.toArray(new Field[0]);
            long[] offsets = new long[fields.length];
            char[] types = new char[fields.length];
            // Lambdas and records have no field offsets: their fields are read by reflection.
            boolean reflect = c.isHidden() || c.isRecord();
            for (int i = 0; i < fields.length; i++) {
                types[i] = CopyPlans.typeCode(fields[i].getType());
                if (isSyncKey(c, fields[i])) {
                    types[i] = SYNC_KEY;
                }
                if (reflect) {
                    fields[i].setAccessible(true);
                } else {
                    offsets[i] = CopyPlans.UNSAFE.objectFieldOffset(fields[i]);
                }
            }
            return new FieldPlan(offsets, types, reflect ? fields : null);
        }

        /**
         * When a thread last became ready, in steps: the ready queue's order, time like the step count, which a
         * search choosing every thread itself never reads.
         */
        static boolean isReadyQueueOrder(Field f) {
            return f.getDeclaringClass() == SimThread.class && f.getName().equals("readySince");
        }

        /**
         * A synchronization object's key ({@code lock#3}), held by the object and by what waits for it: a name the
         * trace gives in the order objects are made, which the program never sees.
         */
        static boolean isSyncKey(Class<?> c, Field f) {
            return f.getType() == String.class && f.getName().equals("key")
                    && (SyncObject.class.isAssignableFrom(c) || lockstep.sim.runtime.Blocker.class.isAssignableFrom(c));
        }
    }

    /** The type code of a field holding a synchronization object's key. */
    private static final char SYNC_KEY = 'k';

    private static final long NULL = 0x6E756C6CL;
    private static final long SKIPPED = 0x736B6970L;
    private static final long SYNC_KEY_MARK = 0x6B657900_00000000L;

    private final Registry registry;
    private final IdentityIndex index;
    private final List<Object> objects;
    /** The canonical number of the first object reached with each synchronization key; made when first asked. */
    private Map<String, Integer> syncKeys;
    /** Each synchronization key met, numbered in the order met: see {@link #mixSyncKey}. */
    private final Map<String, Integer> keyOrder = new java.util.HashMap<>();
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    /** The object {@link #reference} numbered or found last, and its number. */
    private Object lastObject = new Object();
    private int lastNumber;
    private final List<IdentityHashMap<?, ?>> identityMaps = new ArrayList<>();
    private long h1 = 0x243F6A8885A308D3L;
    private long h2 = 0x13198A2E03707344L;

    /**
     * Whether ints and floats are counted where referenced rather than walked: for a {@link MemoryCensus}, which
     * needs their sizes, not their identities (millions of them would otherwise each take a lookup).
     */
    private final boolean scalarsCounted;
    /** With {@link #scalarsCounted}: the bytes of the ints and floats referenced, and the last one counted. */
    private long scalarBytes;
    private Object lastScalar;

    public StateWalk(Registry registry) {
        this(registry, false);
    }

    /** A walk for a census: see {@link #scalarsCounted}. */
    static StateWalk forCensus(Registry registry) {
        return new StateWalk(registry, true);
    }

    private StateWalk(Registry registry, boolean scalarsCounted) {
        this.scalarsCounted = scalarsCounted;
        this.registry = registry;
        this.index = new IdentityIndex(registry.lastSize + registry.lastSize / 4);
        this.objects = new ArrayList<>(registry.lastSize + 16);
    }

    /** Walks {@code machine} (once per walk object). */
    public StateWalk walk(Machine machine) {
        mix(machine.nextThreadId);
        mix(machine.nextPid);
        mix(machine.generatorsMade);
        mix(machine.trackAccesses ? 1 : 0);
        mix(machine.outputLength());
        mix(machine.outputHash);
        mix(machine.errorOutputLength());
        mix(machine.errorOutputHash);
        reference(machine.random);
        reference(machine.entropy);
        reference(machine.processes);
        reference(machine.threads);
        reference(machine.timers);
        reference(machine.processTable);
        reference(machine.mainThread);
        while (!pending.isEmpty()) {
            contents(pending.poll());
        }
        foldIdentityMaps();
        registry.lastSize = objects.size();
        return this;
    }

    /** The high half of the fingerprint. */
    public long high() {
        return h1;
    }

    /** The low half of the fingerprint. */
    public long low() {
        return h2;
    }

    /** The canonical number of {@code o} in this state, or -1 when the walk did not reach it. */
    public int indexOf(Object o) {
        return index.get(o);
    }

    /** With {@link #forCensus}: the bytes of the ints and floats referenced, once per reference. */
    long scalarBytes() {
        return scalarBytes;
    }

    /** How many objects the walk reached (their canonical numbers are 0 to this, exclusive). */
    public int objectCount() {
        return objects.size();
    }

    /** The object with canonical number {@code i}. */
    public Object objectAt(int i) {
        return objects.get(i);
    }

    /** The canonical number of the synchronization object with {@code key}, or -1 when not reached. */
    public int indexOfSyncKey(String key) {
        if (syncKeys == null) {
            // Made when first asked (most walks are only fingerprints): the first object reached with each key.
            syncKeys = new java.util.HashMap<>();
            for (int i = 0; i < objects.size(); i++) {
                if (objects.get(i) instanceof SyncObject s) {
                    syncKeys.putIfAbsent(s.key(), i);
                }
            }
        }
        Integer i = syncKeys.get(key);
        return i == null ? -1 : i;
    }

    // ------------------------------------------------------------------ mixing

    private void mix(long x) {
        h1 = (h1 ^ x) * 0x9E3779B97F4A7C15L;
        h1 ^= h1 >>> 31;
        h2 = (h2 + x) * 0xC2B2AE3D27D4EB4FL;
        h2 ^= h2 >>> 29;
    }

    /**
     * A synchronization object's key, by the order the walk first met it: which objects and waits share a key is
     * state, the key's text (numbered in the order the run made the objects) is not. Two runs that made their
     * locks in different orders, or made different numbers of locks since gone, reach the same state.
     */
    private void mixSyncKey(String key) {
        if (key == null) {
            mix(NULL);
            return;
        }
        Integer order = keyOrder.get(key);
        if (order == null) {
            order = keyOrder.size();
            keyOrder.put(key, order);
        }
        mix(SYNC_KEY_MARK + order);
    }

    private void mixText(CharSequence s) {
        mix(s.length());
        mix(s.toString().hashCode());
    }

    /**
     * Mixes a reference: a leaf's content, or a number, numbering and queueing an object met for the first time. The
     * object numbered last is remembered, so that a list of one object repeated ({@code [x] * 10**6}) costs one
     * lookup, mixed exactly as the lookups would be.
     */
    private void reference(Object o) {
        if (o == lastObject) {
            mix(lastNumber);
            return;
        }
        if (o == null) {
            mix(NULL);
            return;
        }
        if (scalarsCounted && (o instanceof lockstep.sim.runtime.PyInt || o instanceof lockstep.sim.runtime.PyFloat)) {
            if (o != lastScalar) { // one repeated ([x] * n) is one object
                scalarBytes += MemoryCensus.sizeOf(o);
                lastScalar = o;
            }
            return;
        }
        ClassInfo info = registry.info(o.getClass());
        if (info.mayBeLeaf() && leaf(o)) {
            return;
        }
        int known = index.get(o);
        if (known >= 0) {
            mix(known);
            lastObject = o;
            lastNumber = known;
            return;
        }
        if (info.skip()) {
            mix(SKIPPED);
            return;
        }
        int i = objects.size();
        index.put(o, i);
        objects.add(o);
        lastObject = o;
        lastNumber = i;
        mix(-1 - (long) i);
        mix(info.key());
        pending.add(o);
    }

    /** Mixes {@code o} when it is a value compared by content, and says whether it was. */
    private boolean leaf(Object o) {
        if (o instanceof String s) {
            mixText(s);
        } else if (o instanceof Number n) {
            mix(n instanceof Double || n instanceof Float ? Double.doubleToLongBits(n.doubleValue())
                    : n instanceof java.math.BigInteger b ? b.hashCode() : n.longValue());
        } else if (o instanceof Boolean b) {
            mix(b ? 1 : 2);
        } else if (o instanceof Character ch) {
            mix(ch);
        } else if (o instanceof Enum<?> e) {
            mix(classKey(e.getDeclaringClass()));
            mix(e.ordinal());
        } else if (o instanceof CodeObject code) {
            mix(codeKey(code));
        } else if (o instanceof PyType t && t.builtin) {
            mixText(t.name);
            mixText(t.module == null ? "" : t.module);
        } else if (o instanceof Class<?> c) {
            mix(classKey(c));
        } else {
            return false;
        }
        return true;
    }

    private void contents(Object o) {
        switch (registry.info(o.getClass()).shape()) {
            case FRAME -> frame((Frame) o);
            case FUNCTION -> {
                lockstep.sim.runtime.PyFunction fn = (lockstep.sim.runtime.PyFunction) o;
                if (plainFunction(fn)) {
                    plainFunctionContents(fn);
                } else {
                    fields(o);
                }
            }
            case IDENTITY_MAP -> {
                IdentityHashMap<?, ?> m = (IdentityHashMap<?, ?>) o;
                mix(m.size());
                identityMaps.add(m);
            }
            case MAP -> {
                Map<?, ?> m = (Map<?, ?>) o;
                mix(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    reference(e.getKey());
                    reference(e.getValue());
                }
            }
            case COLLECTION -> {
                Collection<?> c = (Collection<?>) o;
                mix(c.size());
                for (Object e : c) {
                    reference(e);
                }
            }
            case TEXT -> mixText((CharSequence) o);
            case ARRAY -> array(o);
            default -> fields(o);
        }
    }

    private void array(Object a) {
        int n = Array.getLength(a);
        mix(n);
        if (a instanceof Object[] items) {
            for (Object item : items) {
                reference(item);
            }
        } else if (a instanceof int[] ints) {
            mix(Arrays.hashCode(ints));
        } else if (a instanceof long[] longs) {
            mix(Arrays.hashCode(longs));
        } else if (a instanceof byte[] bytes) {
            mix(Arrays.hashCode(bytes));
        } else if (a instanceof double[] doubles) {
            mix(Arrays.hashCode(doubles));
        } else if (a instanceof boolean[] flags) {
            mix(Arrays.hashCode(flags));
        } else if (a instanceof char[] chars) {
            mix(Arrays.hashCode(chars));
        } else {
            for (int i = 0; i < n; i++) {
                reference(Array.get(a, i));
            }
        }
    }

    /**
     * A function with no state of its own beyond its code, names and default values (no closure, no attributes, no
     * keyword defaults, defaults all immutable): most functions, the library's hundred among them. Its globals are
     * its module's namespace and its class is reached from there, so both are left to the walk of the modules.
     */
    private static boolean plainFunction(lockstep.sim.runtime.PyFunction fn) {
        if (fn.closure.length != 0 || !fn.attributes().isEmpty()
                || fn.kwDefaults != null && !fn.kwDefaults.isEmpty()) {
            return false;
        }
        for (lockstep.sim.runtime.PyObject d : fn.defaults) {
            if (!(d instanceof lockstep.sim.runtime.PyStr || d instanceof lockstep.sim.runtime.PyInt
                    || d == lockstep.sim.runtime.PyNone.NONE || d instanceof lockstep.sim.runtime.PyFloat)) {
                return false;
            }
        }
        return true;
    }

    private void plainFunctionContents(lockstep.sim.runtime.PyFunction fn) {
        mix(codeKey(fn.code));
        mixText(fn.name);
        mixText(fn.qualifiedName);
        mix(fn.defaults.length);
        for (lockstep.sim.runtime.PyObject d : fn.defaults) {
            // By type as well as value: 1, 1.0 and True hash alike.
            mix(d == lockstep.sim.runtime.PyNone.NONE ? NULL : classKey(d.getClass()) * 31 + d.hashCode());
        }
        reference(fn.globals);
        reference(fn.definingClass);
    }

    /** A frame: only the live part of its value stack and block stack (slots above them are stale). */
    private void frame(Frame f) {
        mix(codeKey(f.code));
        mix(f.pc);
        mix(f.sp);
        for (int i = 0; i < f.sp; i++) {
            reference(f.stack[i]);
        }
        for (Object local : f.locals) {
            reference(local);
        }
        for (Object cell : f.cells) {
            reference(cell);
        }
        reference(f.globals);
        reference(f.namespace);
        reference(f.methodsDefined);
        reference(f.function);
        reference(f.back);
        mix(f.returnMode.ordinal());
        reference(f.instanceBeingInitialized);
        reference(f.coroutine);
        reference(f.generator);
        reference(f.defaultOnStop);
        reference(f.pendingKwNames);
        mix(f.blockCount);
        for (int i = f.blockCount - 1; i >= 0; i--) {
            // Read through the top-of-stack accessors would pop; the blocks are compared as the frame reports them.
            mix(f.blockAt(i));
            reference(f.blockSavedExceptionAt(i));
        }
    }

    private void fields(Object o) {
        FieldPlan plan = registry.info(o.getClass()).fields();
        if (plan.reflected() != null) {
            reflectedFields(o, plan);
            return;
        }
        sun.misc.Unsafe u = CopyPlans.UNSAFE;
        long[] offsets = plan.offsets();
        char[] types = plan.types();
        for (int i = 0; i < offsets.length; i++) {
            long at = offsets[i];
            switch (types[i]) {
                case 'L' -> reference(u.getObject(o, at));
                case SYNC_KEY -> mixSyncKey((String) u.getObject(o, at));
                case 'J' -> mix(u.getLong(o, at));
                case 'I' -> mix(u.getInt(o, at));
                case 'Z' -> mix(u.getBoolean(o, at) ? 1 : 2);
                case 'D' -> mix(Double.doubleToLongBits(u.getDouble(o, at)));
                case 'F' -> mix(Float.floatToIntBits(u.getFloat(o, at)));
                case 'C' -> mix(u.getChar(o, at));
                case 'B' -> mix(u.getByte(o, at));
                default -> mix(u.getShort(o, at));
            }
        }
    }

    private void reflectedFields(Object o, FieldPlan plan) {
        Field[] fields = plan.reflected();
        for (int i = 0; i < fields.length; i++) {
            try {
                Object value = fields[i].get(o);
                switch (plan.types()[i]) {
                    case 'L' -> reference(value);
                    case SYNC_KEY -> mixSyncKey((String) value);
                    default -> mix(value.hashCode());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + fields[i], e);
            }
        }
    }

    /**
     * Types whose objects are not the program's state: the machine's services and records of the past (the trace,
     * the schedule, the analyses), which the walk must not follow.
     */
    private static boolean skippedType(Class<?> c) {
        return Machine.class.isAssignableFrom(c) || TraceRecorder.class.isAssignableFrom(c)
                || Interpreter.class.isAssignableFrom(c) || Planner.class.isAssignableFrom(c)
                || ModuleLoader.class.isAssignableFrom(c) || SchedulerPolicy.class.isAssignableFrom(c)
                // An index over the threads' timer fields, which the walk reads; its stale entries are no state.
                || TimerQueue.class.isAssignableFrom(c)
                || lockstep.sim.analysis.SyncObserver.class.isAssignableFrom(c)
                || lockstep.sim.trace.StepListener.class.isAssignableFrom(c)
                || lockstep.sim.runtime.CallContext.class.isAssignableFrom(c)
                || lockstep.sim.Schedule.class.isAssignableFrom(c) || Thread.class.isAssignableFrom(c)
                || inPackage(c, "lockstep.sim.trace") || inPackage(c, "lockstep.sim.analysis")
                || inPackage(c, "lockstep.sim.inspect") || inPackage(c, "lockstep.sim.explore");
    }

    private static boolean inPackage(Class<?> c, String name) {
        return c.getPackageName().equals(name);
    }

    private long classKey(Class<?> c) {
        return registry.info(c).key();
    }

    private long codeKey(CodeObject code) {
        Long known = registry.codeKeys.get(code);
        if (known != null) {
            return known;
        }
        long k = code.fileName.hashCode();
        k = k * 31 + code.qualifiedName.hashCode();
        k = k * 31 + code.firstLine;
        k = k * 31 + Arrays.hashCode(code.opcodes);
        k = k * 31 + Arrays.hashCode(code.args);
        k = k * 31 + Arrays.hashCode(code.lines);
        registry.codeKeys.put(code, k);
        return k;
    }

    /**
     * Identity-keyed maps (the object ids each process has handed out) are folded in without depending on their
     * iteration order: each entry whose key the walk reached adds the pair (key's number, value); keys it did not
     * reach are garbage whose id can never be asked again.
     */
    private void foldIdentityMaps() {
        for (IdentityHashMap<?, ?> m : identityMaps) {
            long sum = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                int key = index.get(e.getKey());
                if (key < 0) {
                    continue;
                }
                Object v = e.getValue();
                long value = v instanceof Number n ? n.longValue() : v == null ? NULL : indexOrMinus(v);
                long pair = (key * 0x9E3779B97F4A7C15L) ^ (value * 0xC2B2AE3D27D4EB4FL);
                sum += pair ^ (pair >>> 29);
            }
            mix(sum);
        }
    }

    private long indexOrMinus(Object v) {
        int i = index.get(v);
        return i < 0 ? -7 : i;
    }
}
