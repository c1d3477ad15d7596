package lockstep.sim.runtime.format;

import java.math.BigInteger;

/** STUB. */
public final class FormatSpec {
    public static String formatInt(BigInteger v, String spec) {
        return v.toString();
    }

    public static String formatFloat(double v, String spec) {
        return Double.toString(v);
    }

    public static String formatStr(String v, String spec) {
        return v;
    }
}
