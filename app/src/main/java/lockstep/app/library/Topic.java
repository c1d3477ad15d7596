package lockstep.app.library;

import java.util.List;
import java.util.Locale;

/**
 * The library's groups, in the order a course meets them. A bundled scenario's folder decides, refined by its tags
 * for the threads folder (a deadlock, or synchronization); a scenario from elsewhere is placed by its tags alone.
 */
public enum Topic {
    BASICS, THREADS, SYNCHRONIZATION, DEADLOCK, PROCESSES, GIL, ASYNCIO;

    private static final List<String> SYNCHRONIZATION_TAGS = List.of("synchronization", "lock", "condition",
            "semaphore", "event", "barrier", "queue");

    /** The message key of the topic's name. */
    public String messageKey() {
        return "topic." + name().toLowerCase(Locale.ROOT);
    }

    /** The topic of a scenario in {@code folder} (empty when not bundled) with {@code tags}. */
    public static Topic of(String folder, List<String> tags) {
        switch (folder) {
            case "basics":
                return BASICS;
            case "gil":
                return GIL;
            case "processes":
            case "futures":
                return PROCESSES;
            case "asyncio":
                return ASYNCIO;
            case "threads":
                return threadTopic(tags);
            default:
                return byTags(tags);
        }
    }

    private static Topic threadTopic(List<String> tags) {
        if (tags.contains("deadlock")) {
            return DEADLOCK;
        }
        if (tags.stream().anyMatch(SYNCHRONIZATION_TAGS::contains)) {
            return SYNCHRONIZATION;
        }
        return THREADS;
    }

    private static Topic byTags(List<String> tags) {
        if (tags.contains("asyncio")) {
            return ASYNCIO;
        }
        if (tags.contains("gil")) {
            return GIL;
        }
        if (tags.contains("processes") || tags.contains("fork") || tags.contains("multiprocessing")) {
            return PROCESSES;
        }
        if (tags.contains("threads") || tags.contains("deadlock")) {
            return threadTopic(tags);
        }
        return BASICS;
    }
}
