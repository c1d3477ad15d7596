package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lockstep.sim.trace.ObjectNames;
import lockstep.sim.trace.Trace;
import lockstep.sim.trace.TraceObject;
import org.junit.jupiter.api.Test;

/**
 * Which synchronization objects are the program's and which a library made for its own use: the program's own
 * locks and the locks of the library objects it constructs are its; a thread's start-up Event, its join lock and a
 * condition's per-waiter locks are internal, as is the main thread's start-up Event, made when threading is imported.
 */
class InternalObjectsTest {
    /** Every object of the run as "key name: program|internal", in order of creation. */
    private static List<String> objects(String source) {
        Trace trace = Runs.run(source).trace();
        return trace.objects().stream().map(o -> describe(o, trace)).toList();
    }

    private static String describe(TraceObject o, Trace trace) {
        return o.key() + " " + ObjectNames.english(o.shownName(), trace) + ": " + (o.internal() ? "internal" : "program");
    }

    @Test
    void theProgramsLocksAndTheLocksOfTheLibraryObjectsItMakesAreItsOwn() {
        assertEquals(List.of("lock#1 _main_thread: internal", "lock#2 lock: program", "rlock#1 cond: program",
                        "lock#3 q: program", "lock#4 ev: program", "lock#5 sem: program", "lock#6 bsem: program",
                        "lock#7 lock#7: program"),
                objects("""
                        import threading, queue
                        lock = threading.Lock()
                        cond = threading.Condition()
                        q = queue.Queue()
                        ev = threading.Event()
                        sem = threading.Semaphore(2)
                        bsem = threading.BoundedSemaphore(1)
                        class Holder:
                            def __init__(self):
                                self.lock = threading.Lock()
                        h = [Holder()]
                        """));
    }

    @Test
    void aThreadsStartUpEventJoinLockAndAConditionsWaitersAreInternal() {
        assertEquals(List.of("lock#1 _main_thread: internal", "lock#2 t: internal", "lock#3 a notify: internal",
                        "lock#4 the end of T: internal", "rlock#1 cond: program", "lock#5 a notify: internal"),
                objects("""
                        import threading
                        def work():
                            pass
                        t = threading.Thread(target=work, name="T")
                        t.start()
                        t.join()
                        cond = threading.Condition()
                        def waiter():
                            with cond:
                                cond.wait(0.001)
                        waiter()
                        """));
    }

    @Test
    void aLockMadeByTheProgramsSubclassOfThreadIsItsOwnButTheThreadsEventIsNot() {
        assertEquals(List.of("lock#1 _main_thread: internal", "lock#2 w: internal", "lock#3 w: program"),
                objects("""
                        import threading
                        class Worker(threading.Thread):
                            def __init__(self):
                                super().__init__()
                                self.guard = threading.Lock()
                        w = Worker()
                        """));
    }
}
