package lockstep.sim.runtime.format;

import java.util.List;
import java.util.Map;

/** STUB. */
public final class StrFormat {
    public interface FieldFormatter {
        Object attribute(Object value, String name);

        Object index(Object value, Object key);

        String format(Object value, char conversion, String spec);
    }

    public static String format(String template, List<Object> positional, Map<String, Object> named, FieldFormatter f) {
        return template;
    }
}
