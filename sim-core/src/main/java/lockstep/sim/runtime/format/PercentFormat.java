package lockstep.sim.runtime.format;

/** STUB. */
public final class PercentFormat {
    public interface Stringer {
        String str(Object o);

        String repr(Object o);

        String typeName(Object o);
    }

    public static String format(String template, Object args, Stringer stringer) {
        return template;
    }
}
