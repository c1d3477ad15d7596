package lockstep.sim.runtime.format;

/** STUB. */
public final class FloatRepr {
    public static String repr(double d) {
        return Double.toString(d);
    }

    public static double round(double x, int n) {
        return x;
    }
}
