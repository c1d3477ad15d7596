package lockstep.sim.inspect;

import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyType;

/** The library classes a picture knows how to read, recognised by module and name anywhere in a class's bases. */
enum LibraryClass {
    CONDITION("threading", "Condition"),
    BOUNDED_SEMAPHORE("threading", "BoundedSemaphore"),
    SEMAPHORE("threading", "Semaphore"),
    EVENT("threading", "Event"),
    BARRIER("threading", "Barrier"),
    THREAD("threading", "Thread"),
    LIFO_QUEUE("queue", "LifoQueue"),
    PRIORITY_QUEUE("queue", "PriorityQueue"),
    QUEUE("queue", "Queue"),
    PROCESS_QUEUE("multiprocessing", "Queue"),
    PROCESS("multiprocessing", "Process"),
    /** Any other class of a library module: opaque. */
    OTHER_LIBRARY("", "");

    final String module;
    final String name;

    LibraryClass(String module, String name) {
        this.module = module;
        this.name = name;
    }

    /** The first library class among {@code o}'s class and its bases; null for a program object or a non-instance. */
    static LibraryClass of(PyObject o) {
        if (!(o instanceof PyInstance)) {
            return null;
        }
        for (PyType t : o.type().mro()) {
            if (isProgramModule(t.module)) {
                continue;
            }
            if (t.builtin) {
                return null;
            }
            for (LibraryClass c : values()) {
                if (c.module.equals(t.module) && c.name.equals(t.name)) {
                    return c;
                }
            }
            return OTHER_LIBRARY;
        }
        return null;
    }

    /** True for a class the program defines, in its own process or in a spawned one. */
    static boolean isProgramModule(String module) {
        return "__main__".equals(module) || "__mp_main__".equals(module);
    }

    /** The class's Python name, e.g. {@code queue.LifoQueue}. */
    String pythonName() {
        return module + "." + name;
    }
}
