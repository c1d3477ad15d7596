package lockstep.sim.trace;

import java.util.List;

/**
 * What a step or event means, as a message key and its arguments, rendered in a language by
 * {@link NarrationRenderer}. Arguments are strings, numbers or narrations of their own (an object's name, or what
 * an operation's library call did), rendered in the same language.
 */
public record Narration(String key, List<Object> args) {
    /** The key prefix of {@link #joined}: the rest of the key is the separator. */
    static final String JOIN = "join:";

    public static Narration of(String key, Object... args) {
        return new Narration(key, List.of(args));
    }

    /** Parts (texts or narrations) joined by a separator that is the same in every language, such as an arrow. */
    public static Narration joined(String separator, List<Object> parts) {
        return new Narration(JOIN + separator, List.copyOf(parts));
    }
}
