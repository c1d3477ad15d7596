package lockstep.sim.trace;

import java.util.List;

/**
 * What a step or event means, as a message key and its arguments, rendered in a language by
 * {@link NarrationRenderer}. Arguments are strings, numbers or narrations (a sentence inside a sentence, as an
 * operation tells what its library call did).
 */
public record Narration(String key, List<Object> args) {
    public static Narration of(String key, Object... args) {
        return new Narration(key, List.of(args));
    }
}
