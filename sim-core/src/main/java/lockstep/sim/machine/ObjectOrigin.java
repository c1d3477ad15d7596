package lockstep.sim.machine;

import lockstep.sim.runtime.PyObject;

/**
 * Whether a synchronization object being made is the program's or a library's own (see
 * {@link lockstep.sim.trace.TraceObject}), read from the frames of the thread that makes it: the program's when the
 * innermost frame is the program's code, or when every frame between the program's code and the maker is an
 * {@code __init__} of one same instance (a library object the program made directly, through its constructor and
 * its base classes' constructors); internal otherwise.
 */
final class ObjectOrigin {
    private ObjectOrigin() {}

    /** Whether an object made now under {@code innermost} (the calling frame of the native that makes it) is internal. */
    static boolean internal(Frame innermost, String programFile) {
        PyObject instance = null;
        for (Frame f = innermost; f != null; f = f.back) {
            if (f.code.fileName.equals(programFile)) {
                return false;
            }
            if (!f.code.name.equals("__init__") || f.locals.length == 0) {
                return true;
            }
            PyObject self = f.locals[0];
            if (instance != null && self != instance) {
                return true;
            }
            instance = self;
        }
        return true;
    }
}
