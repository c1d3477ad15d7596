package lockstep.sim.compile;

import java.util.ArrayList;
import java.util.HashMap;
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
        // Equal floats and ints are distinct constants (1 and 1.0 and True), so key by class and value.
        Object key = value instanceof lockstep.sim.runtime.PyObject p && !(value instanceof lockstep.sim.runtime.PyTuple)
                ? List.of(p.getClass(), keyOf(p)) : new IdentityKey(value);
        Integer index = constantIndex.get(key);
        if (index == null) {
            index = constants.size();
            constants.add(value);
            constantIndex.put(key, index);
        }
        return index;
    }

    private static Object keyOf(lockstep.sim.runtime.PyObject p) {
        if (p instanceof lockstep.sim.runtime.PyFloat f) {
            return Double.doubleToRawLongBits(f.value);
        }
        if (p instanceof lockstep.sim.runtime.PyInt || p instanceof lockstep.sim.runtime.PyStr) {
            return p.toString();
        }
        return new IdentityKey(p);
    }

    private record IdentityKey(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
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
