package lockstep.sim.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Accumulates the instructions of one code object: emits ops with their line, resolves labels, pools constants. */
final class CodeBuilder {
    private int[] opcodes = new int[64];
    private int[] args = new int[64];
    private int[] lines = new int[64];
    private int size;
    private final List<Object> constants = new ArrayList<>();
    private final Map<Object, Integer> constantIndex = new HashMap<>();
    private final Map<Object, Integer> identityIndex = new IdentityHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final List<Integer> labelTargets = new ArrayList<>();
    int line;

    int emit(int opcode, int arg) {
        if (size == opcodes.length) {
            opcodes = java.util.Arrays.copyOf(opcodes, size * 2);
            args = java.util.Arrays.copyOf(args, size * 2);
            lines = java.util.Arrays.copyOf(lines, size * 2);
        }
        opcodes[size] = opcode;
        args[size] = arg;
        lines[size] = line;
        return size++;
    }

    int emit(int opcode) {
        return emit(opcode, 0);
    }

    /** A label to jump to; its position is fixed later by {@link #place}. */
    int newLabel() {
        labelTargets.add(-1);
        return labelTargets.size() - 1;
    }

    void place(int label) {
        labelTargets.set(label, size);
    }

    /** Emits a jump to a label; the argument becomes the instruction index when the code is built. */
    void emitJump(int opcode, int label) {
        emit(opcode, label);
    }

    int constant(Object value) {
        Object key = valueKey(value);
        Map<Object, Integer> index = key == null ? identityIndex : constantIndex;
        Object k = key == null ? value : key;
        Integer at = index.get(k);
        if (at == null) {
            at = constants.size();
            constants.add(value);
            index.put(k, at);
        }
        return at;
    }

    /**
     * The key of a constant pooled by value, or null for one pooled by identity (None, tuples, code objects). Equal
     * floats and ints are distinct constants (1 and 1.0 and True), so numbers and strings key by class and value.
     */
    private static Object valueKey(Object value) {
        if (value instanceof lockstep.sim.runtime.PyFloat f) {
            return List.of(lockstep.sim.runtime.PyFloat.class, Double.doubleToRawLongBits(f.value));
        }
        if (value instanceof lockstep.sim.runtime.PyInt || value instanceof lockstep.sim.runtime.PyStr) {
            return List.of(value.getClass(), value.toString());
        }
        return null;
    }

    int name(String name) {
        Integer index = nameIndex.get(name);
        if (index == null) {
            index = names.size();
            names.add(name);
            nameIndex.put(name, index);
        }
        return index;
    }

    int size() {
        return size;
    }

    int[] opcodes() {
        int[] out = java.util.Arrays.copyOf(opcodes, size);
        return out;
    }

    /** The arguments, with label numbers of jumps replaced by instruction indices. */
    int[] resolvedArgs() {
        int[] out = java.util.Arrays.copyOf(args, size);
        for (int i = 0; i < size; i++) {
            if (Opcode.isJump(opcodes[i])) {
                out[i] = labelTargets.get(args[i]);
            }
        }
        return out;
    }

    int[] lines() {
        return java.util.Arrays.copyOf(lines, size);
    }

    Object[] constants() {
        return constants.toArray();
    }

    String[] names() {
        return names.toArray(new String[0]);
    }
}
