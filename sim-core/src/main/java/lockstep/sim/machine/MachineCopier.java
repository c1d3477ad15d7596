package lockstep.sim.machine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import lockstep.sim.machine.CopyPlans.Kind;
import lockstep.sim.machine.CopyPlans.Plan;

/**
 * Copies the whole state of a machine stopped between two operations into a machine freshly prepared for the same
 * program and options, so that the copy runs on exactly as the original would: the explorer keeps such copies at its
 * choice points instead of replaying every run from the start.
 *
 * <p>Everything the original reaches is copied once (shared references and cycles stay shared), reading fields by
 * reflection so that state added to the runtime later is covered. The fresh machine's own services (the interpreter
 * and its parts, the planner, the timers, the recorder, the analyses) are kept and filled in place, because the
 * fresh machine's closures point at them; its scheduler, step listener and probe are the new run's and are kept as
 * they are. Values no run can change (strings, numbers, code, built-in types) are shared. The trace's event and
 * segment lists are not copied: they record the past, which the copy's run does not read. What cannot be copied
 * faithfully (a closure that captured mutable state outside a service) is refused with {@link NotCopyable}, and the
 * explorer then replays instead.
 */
public final class MachineCopier {
    /** The original holds something no copy can reproduce. */
    public static final class NotCopyable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCopyable(String message) {
            super(message, null, false, false);
        }
    }

    private final CopyPlans plans;
    private final IdentityHashMap<Object, Object> copies;
    private final IdentityHashMap<Object, Boolean> filled = new IdentityHashMap<>();
    /**
     * Hashed collections, filled once every object is copied: a key's hash may read its class and fields, which are
     * not all copied while the walk is still inside them.
     */
    private final List<Runnable> hashedFills = new ArrayList<>();

    /** A copier whose copies are told by {@link #copies()}; {@code plans} may be shared by one exploration's copies. */
    public MachineCopier(CopyPlans plans) {
        this.plans = plans;
        this.copies = new IdentityHashMap<>(plans.lastSize);
    }

    /**
     * Copies {@code from} into {@code into}, which must be freshly prepared (loaded, not run) for the same program and
     * options.
     */
    public void copyMachine(Machine from, Machine into) {
        copyInPlace(from, into);
        plans.lastSize = copies.size() + copies.size() / 4;
    }

    /**
     * Copies {@code from}'s fields into {@code into}, an object of the same class, keeping {@code into}'s services and
     * closures, with every object copied before mapped as it was: for what a run keeps beside its machine.
     */
    public void copyInPlace(Object from, Object into) {
        pair(from, into);
        filled.put(from, Boolean.TRUE);
        fill(from, into);
        for (Runnable r : hashedFills) {
            r.run();
        }
        hashedFills.clear();
    }

    /** What became of each object copied so far: the original's object to its copy. */
    public IdentityHashMap<Object, Object> copies() {
        return copies;
    }

    /** Registers the services of {@code original} whose counterparts in {@code fresh} are kept, recursively. */
    private void pair(Object original, Object fresh) {
        copies.put(original, fresh);
        Plan plan = plans.plan(original.getClass());
        if (plan.kind() == Kind.KEEP || plan.kind() == Kind.CLOSURE) {
            return;
        }
        for (int i = 0; i < plan.offsets().length; i++) {
            if (plan.types()[i] != 'L') {
                continue;
            }
            Object a = plans.getObject(original, plan.offsets()[i]);
            Object b = plans.getObject(fresh, plan.offsets()[i]);
            if (a != null && b != null && a.getClass() == b.getClass() && !copies.containsKey(a)
                    && plans.plan(a.getClass()).inPlace()) {
                pair(a, b);
            }
        }
    }

    /** Copies the fields of {@code original} into {@code target}, and those of the services paired inside it. */
    private void fill(Object original, Object target) {
        Plan plan = plans.plan(original.getClass());
        if (plan.kind() == Kind.KEEP || plan.kind() == Kind.CLOSURE) {
            return;
        }
        long[] offsets = plan.offsets();
        for (int i = 0; i < offsets.length; i++) {
            if (plan.skipped()[i]) {
                continue;
            }
            char type = plan.types()[i];
            if (type != 'L') {
                plans.copyPrimitive(original, target, offsets[i], type);
                continue;
            }
            Object value = plans.getObject(original, offsets[i]);
            Object present = plans.getObject(target, offsets[i]);
            if (present != null && plans.plan(present.getClass()).kind() == Kind.KEEP) {
                continue; // the fresh machine's own: the new run's scheduler, listener and probe
            }
            if (value == null) {
                plans.putObject(target, offsets[i], null);
                continue;
            }
            Plan valuePlan = plans.plan(value.getClass());
            if (valuePlan.kind() == Kind.KEEP) {
                continue;
            }
            Object paired = copies.get(value);
            if (paired != null && paired == present && valuePlan.inPlace()) {
                if (filled.put(value, Boolean.TRUE) == null) {
                    fill(value, paired);
                }
            } else {
                plans.putObject(target, offsets[i], copy(value));
            }
        }
    }

    /** The copy of {@code o}: itself when no run can change it, else made once. */
    Object copy(Object o) {
        if (o == null) {
            return null;
        }
        Object known = copies.get(o);
        if (known != null) {
            return known;
        }
        if (o instanceof lockstep.sim.runtime.PyType t && t.builtin) {
            return o;
        }
        if (o instanceof lockstep.sim.runtime.PyNativeFunction f) {
            return nativeFunction(f);
        }
        if (o.getClass() == lockstep.sim.runtime.PyTuple.class && values(((lockstep.sim.runtime.PyTuple) o).items, 1)) {
            return o; // immutable all through, and maybe compared by identity (the empty tuple)
        }
        Plan plan = plans.plan(o.getClass());
        return switch (plan.kind()) {
            case SHARED -> o;
            case KEEP -> throw new NotCopyable("a " + o.getClass().getName() + " outside the machine's services");
            case CLOSURE -> closure(o, plan);
            case ARRAY -> array(o);
            case RECORD -> {
                Object r = plans.rebuildRecord(o, this);
                copies.put(o, r);
                yield r;
            }
            case COLLECTION -> collection(o);
            case OBJECT -> object(o, plan);
        };
    }

    /**
     * A closure is shared when what it captured no run changes: values, and collections or arrays of values (a
     * native's field names). One that captured the machine's state (a lock's bound method) is made again, through
     * its class's constructor, over copies of what it captured.
     */
    private Object closure(Object o, Plan plan) {
        int n = plan.offsets().length;
        Object[] captured = new Object[n];
        for (int i = 0; i < n; i++) {
            captured[i] = plans.getObject(o, plan.offsets()[i]);
        }
        Boolean shared = plans.sharedClosures.get(o);
        if (shared == null) {
            shared = true;
            for (int i = 0; i < n; i++) {
                shared &= plan.types()[i] != 'L' || values(captured[i], 2);
            }
            if (shared) {
                // Shared by every copy: what it captured never changes, so neither does the answer.
                plans.sharedClosures.put(o, true);
            }
        }
        if (shared) {
            copies.put(o, o);
            return o;
        }
        for (int i = 0; i < n; i++) {
            if (plan.types()[i] == 'L') {
                captured[i] = copy(captured[i]);
            }
        }
        Object known = copies.get(o);
        if (known != null) {
            return known; // reached again through what it captured
        }
        Object made = plans.makeClosure(o.getClass(), captured);
        copies.put(o, made);
        return made;
    }

    /** Whether {@code v} is a value, or a collection or array of values, at most {@code depth} deep. */
    private boolean values(Object v, int depth) {
        if (v == null || v instanceof lockstep.sim.runtime.PyType t && t.builtin) {
            return true;
        }
        Kind kind = plans.plan(v.getClass()).kind();
        if (kind == Kind.SHARED) {
            return true;
        }
        // Only arrays and the JDK's collections are looked into (the JDK's other classes are shared or refused).
        if (depth == 0 || !v.getClass().isArray()
                && (kind != Kind.COLLECTION || v instanceof lockstep.sim.runtime.TypeDict)) {
            return false;
        }
        if (v instanceof Object[] items) {
            for (Object item : items) {
                if (!values(item, depth - 1)) {
                    return false;
                }
            }
            return true;
        }
        if (v instanceof Collection<?> items) {
            for (Object item : items) {
                if (!values(item, depth - 1)) {
                    return false;
                }
            }
            return true;
        }
        return v.getClass().isArray();
    }

    /** A built-in function is shared unless its body captured the machine's state (a lock's bound method). */
    private Object nativeFunction(lockstep.sim.runtime.PyNativeFunction f) {
        Object body = copy(f.body);
        Object known = copies.get(f);
        if (known != null) {
            return known;
        }
        Object out = body == f.body ? f
                : new lockstep.sim.runtime.PyNativeFunction(f.name, (lockstep.sim.runtime.PyNativeFunction.Body) body,
                        f.selfType);
        copies.put(f, out);
        return out;
    }

    private Object object(Object o, Plan plan) {
        Object target = plans.allocate(o.getClass());
        copies.put(o, target);
        long[] offsets = plan.offsets();
        for (int i = 0; i < offsets.length; i++) {
            char type = plan.types()[i];
            if (type != 'L') {
                plans.copyPrimitive(o, target, offsets[i], type);
            } else if (!plan.skipped()[i]) {
                try {
                    plans.putObject(target, offsets[i], copy(plans.getObject(o, offsets[i])));
                } catch (NotCopyable e) {
                    throw new NotCopyable(e.getMessage() + ", in a " + o.getClass().getName());
                }
            }
        }
        return target;
    }

    private Object array(Object a) {
        if (java.lang.reflect.Array.getLength(a) == 0) {
            return a; // nothing to change in it
        }
        if (a instanceof Object[] items) {
            Object[] out = (Object[]) java.lang.reflect.Array.newInstance(items.getClass().getComponentType(),
                    items.length);
            copies.put(a, out);
            for (int i = 0; i < items.length; i++) {
                out[i] = copy(items[i]);
            }
            return out;
        }
        Object out = primitiveClone(a);
        copies.put(a, out);
        return out;
    }

    private static Object primitiveClone(Object a) {
        if (a instanceof int[] x) {
            return x.clone();
        } else if (a instanceof long[] x) {
            return x.clone();
        } else if (a instanceof byte[] x) {
            return x.clone();
        } else if (a instanceof char[] x) {
            return x.clone();
        } else if (a instanceof boolean[] x) {
            return x.clone();
        } else if (a instanceof double[] x) {
            return x.clone();
        } else if (a instanceof short[] x) {
            return x.clone();
        }
        return ((float[]) a).clone();
    }

    /** The collections of java.util the runtime uses, rebuilt through their own API in the same order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object collection(Object c) {
        if (c instanceof StringBuilder sb) {
            StringBuilder out = new StringBuilder(sb);
            copies.put(c, out);
            return out;
        }
        if (c instanceof lockstep.sim.runtime.TypeDict dict) {
            lockstep.sim.runtime.TypeDict out = dict.emptyCopy();
            copies.put(c, out);
            for (Map.Entry<String, lockstep.sim.runtime.PyObject> e : dict.entrySet()) {
                out.put(e.getKey(), (lockstep.sim.runtime.PyObject) copy(e.getValue()));
            }
            out.finishCopyOf(dict);
            return out;
        }
        Class<?> type = c.getClass();
        if (type == ArrayList.class) {
            List<Object> in = (List<Object>) c;
            ArrayList<Object> out = new ArrayList<>(in.size());
            copies.put(c, out);
            for (Object e : in) {
                out.add(copy(e));
            }
            return out;
        }
        if (type == ArrayDeque.class) {
            ArrayDeque<Object> out = new ArrayDeque<>();
            copies.put(c, out);
            for (Object e : (ArrayDeque<Object>) c) {
                out.add(copy(e));
            }
            return out;
        }
        if (c instanceof Map<?, ?> m) {
            Map<Object, Object> out = type == LinkedHashMap.class ? new LinkedHashMap<>(capacity(m.size()))
                    : type == HashMap.class ? new HashMap<>(capacity(m.size()))
                    : type == IdentityHashMap.class ? new IdentityHashMap<>(m.size())
                    : type == TreeMap.class ? new TreeMap<>(((TreeMap) m).comparator()) : null;
            if (out == null) {
                throw new NotCopyable("a " + type.getName());
            }
            copies.put(c, out);
            Object[] pairs = new Object[m.size() * 2];
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                pairs[i++] = copy(e.getKey());
                pairs[i++] = copy(e.getValue());
            }
            Runnable fillIn = () -> {
                for (int k = 0; k < pairs.length; k += 2) {
                    out.put(plainKey(pairs[k]), pairs[k + 1]);
                }
            };
            deferIfHashed(type, fillIn);
            return out;
        }
        Collection<Object> out = type == LinkedHashSet.class ? new LinkedHashSet<>(capacity(((Collection<?>) c).size()))
                : type == HashSet.class ? new HashSet<>(capacity(((Collection<?>) c).size()))
                : type == TreeSet.class ? new TreeSet<>(((TreeSet) c).comparator()) : null;
        if (out != null) {
            copies.put(c, out);
            List<Object> items = new ArrayList<>(((Collection<?>) c).size());
            for (Object e : (Collection<Object>) c) {
                items.add(copy(e));
            }
            deferIfHashed(type, () -> {
                for (Object e : items) {
                    out.add(plainKey(e));
                }
            });
            return out;
        }
        return immutable(c);
    }

    private void deferIfHashed(Class<?> type, Runnable fillIn) {
        if (type == HashMap.class || type == LinkedHashMap.class || type == HashSet.class
                || type == LinkedHashSet.class) {
            hashedFills.add(fillIn);
        } else {
            fillIn.run();
        }
    }

    /** A key whose hash runs no Python code; one whose class defines {@code __hash__} or {@code __eq__} is refused. */
    private static Object plainKey(Object key) {
        if (key instanceof lockstep.sim.runtime.PyInstance i && i.keyedByItsClass()
                || key instanceof lockstep.sim.runtime.PyTuple t && java.util.Arrays.stream(t.items)
                        .anyMatch(x -> x instanceof lockstep.sim.runtime.PyInstance i && i.keyedByItsClass())) {
            throw new NotCopyable("a key whose class defines __hash__ or __eq__");
        }
        return key;
    }

    /** {@code List.of}, {@code Map.of} and the like: shared when all they hold is, else rebuilt. */
    private Object immutable(Object c) {
        if (c instanceof List<?> l) {
            List<Object> items = new ArrayList<>(l.size());
            boolean same = true;
            for (Object e : l) {
                Object x = copy(e);
                same &= x == e;
                items.add(x);
            }
            Object out = same ? c : java.util.Collections.unmodifiableList(items);
            copies.put(c, out);
            return out;
        }
        if (c instanceof Map<?, ?> m && m.isEmpty() || c instanceof Collection<?> s && s.isEmpty()) {
            copies.put(c, c);
            return c;
        }
        throw new NotCopyable("a " + c.getClass().getName());
    }

    private static int capacity(int size) {
        return Math.max(16, (int) (size / 0.75f) + 1);
    }
}
