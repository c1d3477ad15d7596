package lockstep.sim.library;

import lockstep.sim.runtime.PyThreadLocal;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/** The type behind {@code threading.local}. */
final class ThreadLocals {
    static final PyType LOCAL = new PyType("_local", Types.OBJECT, true, "_thread");

    private ThreadLocals() {}

    static void install() {
        LOCAL.setConstructor((ctx, t, a, kw) -> new PyThreadLocal(t));
    }
}
