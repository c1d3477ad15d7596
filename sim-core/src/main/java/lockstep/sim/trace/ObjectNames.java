package lockstep.sim.trace;

import java.util.Set;
import java.util.function.IntFunction;

/**
 * Turns an {@link ObjectName} into narration: a key of the {@code narration} bundles and its arguments, which
 * {@link NarrationRenderer} renders in English or Chinese. Thread references are named from the trace's table.
 */
public final class ObjectNames {
    /** The kinds of object keys the bundles have a word for; another kind shows its key as it is. */
    private static final Set<String> KINDS = Set.of("lock", "rlock", "channel");
    private static final NarrationRenderer ENGLISH = NarrationRenderer.forLanguage("en");

    private ObjectNames() {}

    /** What {@code name} says, naming threads from {@code names}' thread table. */
    public static Narration narration(ObjectName name, Trace names) {
        return narration(name, names::threadName);
    }

    /** What {@code name} says, naming a thread (by id) with {@code threadNames}. */
    public static Narration narration(ObjectName name, IntFunction<String> threadNames) {
        if (name instanceof ObjectName.Variable v) {
            return Narration.of("object.variable", v.name());
        } else if (name instanceof ObjectName.Unnamed u) {
            return KINDS.contains(u.kind()) ? Narration.of("object.unnamed." + u.kind(), u.number())
                    : Narration.of("object.variable", u.kind() + "#" + u.number());
        } else if (name instanceof ObjectName.ThreadEnd t) {
            return Narration.of("object.thread_end", threadNames.apply(t.thread()));
        } else if (name instanceof ObjectName.Notify) {
            return Narration.of("object.notify");
        } else if (name instanceof ObjectName.SemaphoreRelease) {
            return Narration.of("object.semaphore");
        } else if (name instanceof ObjectName.ChildProcess c) {
            return c.pid() < 0 ? Narration.of("object.any_child") : Narration.of("object.child_process", c.pid());
        } else if (name instanceof ObjectName.OtherThreads) {
            return Narration.of("object.other_threads");
        } else if (name instanceof ObjectName.LoopEvent) {
            return Narration.of("object.loop_event");
        }
        return Narration.of("object.variable", "");
    }

    /** {@code name} in English: the text of the data that stays English (deadlock cycles, JSON, expectations). */
    public static String english(ObjectName name, Trace names) {
        return ENGLISH.render(narration(name, names));
    }

    /** {@code name} rendered by {@code renderer}, naming threads with {@code threadNames}. */
    public static String render(ObjectName name, IntFunction<String> threadNames, NarrationRenderer renderer) {
        return renderer.render(narration(name, threadNames));
    }
}
