package lockstep.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The texts bars and markers refer to, each kept once. */
final class Labels {
    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();

    /** The index of {@code text}, adding it the first time; -1 for null. */
    int of(String text) {
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

    List<String> all() {
        return texts;
    }
}
