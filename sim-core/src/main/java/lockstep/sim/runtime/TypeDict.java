package lockstep.sim.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A type's attribute dict, in definition order. A built-in type's dict is frozen once its methods are installed: the
 * built-in types are shared by every run in the JVM, so a write would leak from one run into the next. A write to a
 * frozen dict raises CPython's {@code TypeError: cannot set 'x' attribute of immutable type 'int'}.
 */
public final class TypeDict extends LinkedHashMap<String, PyObject> {
    private static final long serialVersionUID = 1L;

    private final String typeName;
    private boolean frozen;

    TypeDict(String typeName) {
        this.typeName = typeName;
    }

    /** An empty dict for the same type, to be filled as a copy of this one (the explorer's machine copies). */
    public TypeDict emptyCopy() {
        return new TypeDict(typeName);
    }

    /** Ends filling a copy of {@code original}: frozen if it was. */
    public void finishCopyOf(TypeDict original) {
        frozen = original.frozen;
    }

    /** From now on every write raises. */
    void freeze() {
        frozen = true;
    }

    public boolean isFrozen() {
        return frozen;
    }

    private void checkWritable(Object name) {
        if (frozen) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + typeName + "'");
        }
    }

    @Override
    public PyObject put(String key, PyObject value) {
        checkWritable(key);
        return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ? extends PyObject> m) {
        if (!m.isEmpty()) {
            checkWritable(m.keySet().iterator().next());
        }
        super.putAll(m);
    }

    @Override
    public PyObject putIfAbsent(String key, PyObject value) {
        checkWritable(key);
        return super.putIfAbsent(key, value);
    }

    @Override
    public PyObject remove(Object key) {
        checkWritable(key);
        return super.remove(key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        checkWritable(key);
        return super.remove(key, value);
    }

    @Override
    public void clear() {
        checkWritable("__dict__");
        super.clear();
    }

    @Override
    public PyObject replace(String key, PyObject value) {
        checkWritable(key);
        return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, PyObject oldValue, PyObject newValue) {
        checkWritable(key);
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super PyObject, ? extends PyObject> function) {
        checkWritable("__dict__");
        super.replaceAll(function);
    }

    @Override
    public PyObject computeIfAbsent(String key, Function<? super String, ? extends PyObject> mappingFunction) {
        checkWritable(key);
        return super.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public PyObject computeIfPresent(String key,
                                     BiFunction<? super String, ? super PyObject, ? extends PyObject> remapping) {
        checkWritable(key);
        return super.computeIfPresent(key, remapping);
    }

    @Override
    public PyObject compute(String key, BiFunction<? super String, ? super PyObject, ? extends PyObject> remapping) {
        checkWritable(key);
        return super.compute(key, remapping);
    }

    @Override
    public PyObject merge(String key, PyObject value,
                          BiFunction<? super PyObject, ? super PyObject, ? extends PyObject> remapping) {
        checkWritable(key);
        return super.merge(key, value, remapping);
    }

    @Override
    public Set<String> keySet() {
        return frozen ? Collections.unmodifiableSet(super.keySet()) : super.keySet();
    }

    @Override
    public Collection<PyObject> values() {
        return frozen ? Collections.unmodifiableCollection(super.values()) : super.values();
    }

    @Override
    public Set<Map.Entry<String, PyObject>> entrySet() {
        return frozen ? Collections.unmodifiableSet(super.entrySet()) : super.entrySet();
    }
}
