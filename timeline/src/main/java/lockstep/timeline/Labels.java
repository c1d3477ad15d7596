package lockstep.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.trace.Narration;

/**
 * The texts bars and markers refer to, each kept once: a text of the program (a thread's name, a printed line) or a
 * {@link Narration} (an object's name), which the painter renders in its language.
 */
final class Labels {
    private final List<Object> texts = new ArrayList<>();
    private final Map<Object, Integer> indexes = new HashMap<>();

    /** The index of {@code text} (a String or a Narration), adding it the first time; -1 for null. */
    int of(Object text) {
        if (text == null) {
            return -1;
        }
        Integer index = indexes.get(text);
        if (index == null) {
            index = texts.size();
            texts.add(text);
            indexes.put(text, index);
        }
        return index;
    }

    List<Object> all() {
        return texts;
    }
}
