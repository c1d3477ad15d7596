package lockstep.timeline;

/** Programs for the timeline's tests. */
final class Programs {
    /** Four threads adding to a counter under one lock, forever: contention, hand-offs, many segments. */
    static final String CONTENTION = """
            import threading
            lock = threading.Lock()
            counter = 0
            def work():
                global counter
                while True:
                    with lock:
                        counter += 1
            threads = [threading.Thread(target=work) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            """;

    private Programs() {}
}
