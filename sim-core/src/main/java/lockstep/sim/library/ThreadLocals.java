package lockstep.sim.library;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyThreadLocal;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/** The type behind {@code threading.local}. */
final class ThreadLocals {
    static final PyType LOCAL = new PyType("_local", Types.OBJECT, true, "_thread");

    private ThreadLocals() {}

    static void install() {
        LOCAL.setConstructor((ctx, t, a, kw) -> {
            if ((a.length > 0 || kw != null && !kw.map.isEmpty()) && !(t.lookup("__init__") instanceof PyFunction)) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
            return new PyThreadLocal(t, a.clone(), kw, ctx.threads().currentThread().id());
        });
    }
}
