package lockstep.sim.library;

import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.ProgramIterator;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyObject;

/**
 * Built-ins over items that come from program code (a generator, a program class's iterator or iterable) hand
 * their iteration to a helper of the library module {@code _iterate}, which the interpreter runs on the thread's
 * frames so the thread may wait inside. Lists, ranges and built-in iterators keep the built-ins' own Java loops.
 */
final class ProgramIteration {
    private ProgramIteration() {}

    /** Whether iterating over {@code o} runs program code: a generator, or an instance of a program class. */
    static boolean runsProgramCode(PyObject o) {
        return o instanceof ProgramIterator || o instanceof PyInstance && !o.type().builtin;
    }

    /** Whether any of the iterators a lazy built-in (zip, map) was given runs program code. */
    static boolean anyRunsProgramCode(PyIterator[] iterators) {
        for (PyIterator it : iterators) {
            if (it instanceof ProgramIterator) {
                return true;
            }
        }
        return false;
    }

    /** The iterators as the program sees them: a program class's iterator is its own object. */
    static PyObject[] programValues(PyIterator[] iterators, int leading, PyObject... first) {
        PyObject[] values = new PyObject[leading + iterators.length];
        System.arraycopy(first, 0, values, 0, leading);
        for (int i = 0; i < iterators.length; i++) {
            values[leading + i] = programValue(iterators[i]);
        }
        return values;
    }

    static PyObject programValue(PyIterator it) {
        return it instanceof ProgramIterator p && p.self() != null ? p.self() : it;
    }

    /** Calls {@code helper} of {@code _iterate} with {@code args} on the thread's frames. */
    static MachineRequest helper(String helper, PyObject... args) {
        return new MachineRequest.IterateInProgram(helper, args);
    }

    /**
     * A lazy built-in of type {@code type} (zip, map, ...) over program code: {@code helper} of {@code _iterate} is a
     * generator function, whose generator computes the items of the object the call returns.
     */
    static MachineRequest lazy(lockstep.sim.runtime.PyType type, String helper, PyObject... args) {
        return new MachineRequest.IterateInProgram(type, helper, args);
    }

    /** The keyword arguments {@code min}/{@code max} were given, as a dict for the helper's {@code **options}. */
    static PyDict options(PyDict kw) {
        return kw == null ? new PyDict() : kw;
    }
}
