package lockstep.sim.machine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Unsafe;

/**
 * How {@link MachineCopier} copies each class, worked out once per class by reflection: which values are shared,
 * which are the machine's services, and the fields to copy with their offsets. One set of plans serves every copy of
 * an exploration (used by one thread at a time).
 */
public final class CopyPlans {
    /** How objects of a class are copied. */
    enum Kind {
        /** Never changed by a run: the copy is the object itself. */
        SHARED,
        /** The new run's own (its scheduler, step listener, probe): never copied. */
        KEEP,
        /**
         * A lambda: the fresh machine's where it has one in the same place, else shared if it captured only values, else
         * made again over copies of what it captured.
         */
        CLOSURE,
        ARRAY,
        RECORD,
        /** One of java.util's collections, rebuilt through its API. */
        COLLECTION,
        /** Any other class: allocated and copied field by field. */
        OBJECT
    }

    /**
     * A class's plan: its instance fields (offsets and type codes, 'L' for references) and which of them are not
     * copied (the trace's records of the past); for a lambda, its captured variables, read by reflection (offsets
     * -1, -2, ...).
     */
    record Plan(Kind kind, long[] offsets, char[] types, boolean[] skipped, boolean service, Field[] closureFields) {
        Plan(Kind kind, long[] offsets, char[] types, boolean[] skipped, boolean service) {
            this(kind, offsets, types, skipped, service, null);
        }

        /** Whether the fresh machine's object in the same place is kept and filled in, rather than a new one made. */
        boolean inPlace() {
            return kind == Kind.KEEP || kind == Kind.CLOSURE || kind == Kind.OBJECT && service;
        }
    }

    private static final Plan SHARED_PLAN = new Plan(Kind.SHARED, new long[0], new char[0], new boolean[0], false);

    /** Field offsets and allocation without a constructor, for copies and walks of machines. */
    static final Unsafe UNSAFE = unsafe();
    private final Unsafe unsafe = UNSAFE;
    /**
     * Each class's plan, made on first use. A plan is a function of its class alone, so one table serves every
     * search in the JVM: a single class value is the fastest lookup by class, where one per search (many, over the
     * same classes) falls back to slow lookups.
     */
    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> c) {
            return makePlan(c);
        }
    };
    private final Map<Class<?>, Constructor<?>> recordConstructors = new IdentityHashMap<>();
    private final Map<Class<?>, RecordComponent[]> recordComponents = new IdentityHashMap<>();
    /** The lambdas found to capture only values, shared by every copy (they are the same objects in every copy). */
    final Map<Object, Boolean> sharedClosures = new IdentityHashMap<>();
    /** How many objects the last copy made: the next one's table starts that big. */
    int lastSize = 1024;

    public CopyPlans() {
    }

    Plan plan(Class<?> c) {
        return PLANS.get(c);
    }

    private static Plan makePlan(Class<?> c) {
        if (shared(c)) {
            return SHARED_PLAN;
        }
        if (kept(c)) {
            return new Plan(Kind.KEEP, new long[0], new char[0], new boolean[0], true);
        }
        if (c.isArray()) {
            return new Plan(Kind.ARRAY, new long[0], new char[0], new boolean[0], false);
        }
        if (c.isRecord()) {
            return new Plan(Kind.RECORD, new long[0], new char[0], new boolean[0], false);
        }
        if (c == lockstep.sim.runtime.TypeDict.class) {
            return new Plan(Kind.COLLECTION, new long[0], new char[0], new boolean[0], false);
        }
        if (c.getName().startsWith("java.")) {
            if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c) || c == StringBuilder.class) {
                return new Plan(Kind.COLLECTION, new long[0], new char[0], new boolean[0], false);
            }
            throw new MachineCopier.NotCopyable("a " + c.getName());
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.add(f);
                }
            }
        }
        if (c.isHidden()) {
            // A lambda's captured variables are arg$1, arg$2, ...: its constructor takes them in that order.
            fields.sort(Comparator.comparingInt((Field f) -> Integer.parseInt(f.getName().substring(4))));
        } else {
            fields.sort(Comparator.comparing((Field f) -> f.getDeclaringClass().getName())
                    .thenComparing(Field::getName));
        }
        long[] offsets = new long[fields.size()];
        char[] types = new char[fields.size()];
        boolean[] skipped = new boolean[fields.size()];
        boolean hidden = c.isHidden();
        for (int i = 0; i < offsets.length; i++) {
            Field f = fields.get(i);
            if (hidden) {
                f.setAccessible(true);
            }
            offsets[i] = hidden ? -1 - i : UNSAFE.objectFieldOffset(f);
            types[i] = typeCode(f.getType());
            skipped[i] = pastRecord(c, f.getName());
        }
        String pkg = c.getPackageName();
        boolean service = pkg.equals("lockstep.sim.machine") || pkg.equals("lockstep.sim.analysis")
                || pkg.equals("lockstep.sim.trace");
        if (offsets.length == 0 && !hidden) {
            return SHARED_PLAN; // no state: a sentinel, compared by identity
        }
        return new Plan(hidden ? Kind.CLOSURE : Kind.OBJECT, offsets, types, skipped, service,
                hidden ? fields.toArray(new Field[0]) : null);
    }

    /**
     * The lists that record a run's past for display (the trace's events and segments, the operations grouped so
     * far): nothing a run does reads them, and copying them would make every copy as long as the run.
     */
    private static boolean pastRecord(Class<?> c, String field) {
        if (c == lockstep.sim.trace.Trace.class) {
            return field.equals("segments") || field.equals("events");
        }
        return c == lockstep.sim.trace.Operations.Recorder.class
                && (field.equals("operations") || field.equals("groups"));
    }

    private static boolean shared(Class<?> c) {
        return c == String.class || Number.class.isAssignableFrom(c)
                        && (c.getPackageName().equals("java.lang") || c.getPackageName().equals("java.math"))
                || c == Boolean.class || c == Character.class || Enum.class.isAssignableFrom(c) || c == Class.class
                || lockstep.sim.runtime.ObjectCopier.isValueClass(c)
                || c.getPackageName().equals("lockstep.sim.compile") || c.getPackageName().equals("lockstep.sim.lang")
                || c == lockstep.sim.Program.class;
    }

    private static boolean kept(Class<?> c) {
        String pkg = c.getPackageName();
        // The machine's step listener is the explorer's (or the inspector's): kept by package.
        return SchedulerPolicy.class.isAssignableFrom(c) || Machine.Probe.class.isAssignableFrom(c)
                || Thread.class.isAssignableFrom(c)
                || pkg.equals("lockstep.sim.explore") || pkg.equals("lockstep.sim.inspect");
    }

    static char typeCode(Class<?> t) {
        if (!t.isPrimitive()) {
            return 'L';
        }
        if (t == long.class) {
            return 'J';
        }
        if (t == boolean.class) {
            return 'Z';
        }
        if (t == double.class) {
            return 'D';
        }
        if (t == float.class) {
            return 'F';
        }
        if (t == char.class) {
            return 'C';
        }
        if (t == byte.class) {
            return 'B';
        }
        if (t == short.class) {
            return 'S';
        }
        return 'I';
    }

    Object getObject(Object o, long offset) {
        if (offset < 0) {
            try {
                return plan(o.getClass()).closureFields()[(int) (-1 - offset)].get(o);
            } catch (IllegalAccessException e) {
                throw new MachineCopier.NotCopyable("cannot read a closure of " + o.getClass().getName());
            }
        }
        return unsafe.getObject(o, offset);
    }

    void putObject(Object o, long offset, Object value) {
        if (offset < 0) {
            throw new MachineCopier.NotCopyable("cannot fill a closure of " + o.getClass().getName());
        }
        unsafe.putObject(o, offset, value);
    }

    void copyPrimitive(Object from, Object to, long offset, char type) {
        switch (type) {
            case 'J' -> unsafe.putLong(to, offset, unsafe.getLong(from, offset));
            case 'I' -> unsafe.putInt(to, offset, unsafe.getInt(from, offset));
            case 'Z' -> unsafe.putBoolean(to, offset, unsafe.getBoolean(from, offset));
            case 'D' -> unsafe.putDouble(to, offset, unsafe.getDouble(from, offset));
            case 'F' -> unsafe.putFloat(to, offset, unsafe.getFloat(from, offset));
            case 'C' -> unsafe.putChar(to, offset, unsafe.getChar(from, offset));
            case 'B' -> unsafe.putByte(to, offset, unsafe.getByte(from, offset));
            default -> unsafe.putShort(to, offset, unsafe.getShort(from, offset));
        }
    }

    /** A new lambda of class {@code c} over {@code captured}, in the order of its fields. */
    Object makeClosure(Class<?> c, Object[] captured) {
        try {
            Constructor<?> constructor = closureConstructors.get(c);
            if (constructor == null) {
                Constructor<?>[] all = c.getDeclaredConstructors();
                if (all.length != 1 || all[0].getParameterCount() != captured.length) {
                    throw new MachineCopier.NotCopyable("a closure of " + c.getName() + " with no plain constructor");
                }
                constructor = all[0];
                constructor.setAccessible(true);
                closureConstructors.put(c, constructor);
            }
            return constructor.newInstance(captured);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof MachineCopier.NotCopyable n) {
                throw n;
            }
            throw new MachineCopier.NotCopyable("cannot make a closure of " + c.getName() + ": " + e);
        }
    }

    private final Map<Class<?>, Constructor<?>> closureConstructors = new IdentityHashMap<>();

    Object allocate(Class<?> c) {
        try {
            return unsafe.allocateInstance(c);
        } catch (InstantiationException e) {
            throw new MachineCopier.NotCopyable("cannot make a " + c.getName());
        }
    }

    /** A record is immutable but may hold mutable objects: rebuilt through its canonical constructor. */
    Object rebuildRecord(Object r, MachineCopier copier) {
        Class<?> c = r.getClass();
        try {
            RecordComponent[] components = recordComponents.get(c);
            Constructor<?> constructor = recordConstructors.get(c);
            if (components == null) {
                components = c.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    components[i].getAccessor().setAccessible(true);
                }
                constructor = c.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                recordComponents.put(c, components);
                recordConstructors.put(c, constructor);
            }
            Object[] values = new Object[components.length];
            boolean same = true;
            for (int i = 0; i < components.length; i++) {
                Object v = components[i].getAccessor().invoke(r);
                values[i] = components[i].getType().isPrimitive() ? v : copier.copy(v);
                same &= values[i] == v;
            }
            return same ? r : constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof MachineCopier.NotCopyable n) {
                throw n;
            }
            throw new MachineCopier.NotCopyable("cannot rebuild a " + c.getName() + ": " + e);
        }
    }

    private static Unsafe unsafe() {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no access to field offsets", e);
        }
    }
}
