package lockstep.sim.trace;

/**
 * What a synchronization object (or another thing a thread waits for) is called, as data rather than a sentence:
 * the views and the narration render it in the chosen language ({@link ObjectNames}). Only {@link Variable} holds
 * text, and that text is the program's own identifier.
 */
public sealed interface ObjectName {
    /** The variable of the program that holds it: {@code lock}, {@code q}. */
    record Variable(String name) implements ObjectName {}

    /** An object no variable names yet: the {@code number}th of its {@code kind} ({@code lock}, {@code rlock}, {@code channel}). */
    record Unnamed(String kind, int number) implements ObjectName {}

    /** A thread's join lock: what {@code join()} waits for is the end of thread {@code thread} (an id). */
    record ThreadEnd(int thread) implements ObjectName {}

    /** A condition's waiter: the waiting thread waits for a notify. */
    record Notify() implements ObjectName {}

    /** A semaphore's waiter: the waiting thread waits for a release of the semaphore. */
    record SemaphoreRelease() implements ObjectName {}

    /** {@code waitpid}: the end of child process {@code pid}, or of any child when {@code pid} is -1. */
    record ChildProcess(int pid) implements ObjectName {}

    /** The main thread at shutdown waits for the other non-daemon threads to finish. */
    record OtherThreads() implements ObjectName {}

    /** An event loop with nothing ready and no timer waits for its next event. */
    record LoopEvent() implements ObjectName {}

    /** The name for an object key made by {@code newObjectKey} ({@code lock#3}), or null for another key. */
    static ObjectName ofKey(String key) {
        int hash = key.lastIndexOf('#');
        if (hash > 0 && hash + 1 < key.length() && key.substring(hash + 1).chars().allMatch(Character::isDigit)) {
            return new Unnamed(key.substring(0, hash), Integer.parseInt(key.substring(hash + 1)));
        }
        return null;
    }
}
