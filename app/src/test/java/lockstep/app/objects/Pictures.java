package lockstep.app.objects;

import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.paint.Color;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.inspect.Inspector;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.VariableHistory;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.trace.TraceEvent;

/** Pictures of real runs for the panel's tests: a program with one of everything, and the deadlock after fork. */
final class Pictures {
    /** Threads holding and waiting on every kind of object when it prints 'look'. */
    static final String EVERYTHING = """
            import threading, queue, time
            lock = threading.Lock()
            r = threading.RLock()
            cv = threading.Condition()
            sem = threading.BoundedSemaphore(1)
            ev = threading.Event()
            gate = threading.Barrier(3)
            q = queue.Queue(4)
            counter = 0
            names = ['a', 'b']
            def hold():
                global counter
                with lock:
                    with r:
                        with r:
                            counter += 1
                            time.sleep(0.05)
            def want():
                with lock:
                    pass
            def waiter():
                with cv:
                    cv.wait()
            def use():
                with sem:
                    time.sleep(0.05)
            def meet():
                gate.wait()
            for name, target in [('T1', hold), ('T2', want), ('W1', waiter), ('W2', waiter),
                                 ('S1', use), ('S2', use), ('E1', ev.wait), ('B1', meet)]:
                threading.Thread(target=target, name=name, daemon=True).start()
            q.put('job-1')
            q.put(('job', 2))
            time.sleep(0.001)
            counter += 10
            print('look')
            ev.set()
            """;

    static final String FORK_DEADLOCK = """
            import os, threading, time
            lock = threading.Lock()
            def hold():
                with lock:
                    time.sleep(1)
            x = threading.Thread(target=hold, name='X')
            x.start()
            time.sleep(0.1)
            pid = os.fork()
            if pid == 0:
                with lock:
                    print('never')
                os._exit(0)
            os.waitpid(pid, 0)
            """;

    /** gevent's hub with greenlets in every state: one running, sleepers, a queue's getter, one spawned later. */
    static final String GEVENT_HUB = """
            import gevent
            from gevent.queue import Queue

            q = Queue()

            def nap(name, seconds):
                print(name, 'sleeps')
                gevent.sleep(seconds)
                q.put(name)

            def consumer():
                for _ in range(2):
                    print('got', q.get())

            a = gevent.spawn(nap, 'a', 2)
            c = gevent.spawn(consumer)
            b = gevent.spawn(nap, 'b', 1)
            d = gevent.spawn_later(3, nap, 'd', 0)
            gevent.joinall([a, b, c])
            """;

    private static final List<Color> PALETTE = List.of(Color.web("#4e79a7"), Color.web("#f28e2b"),
            Color.web("#e15759"), Color.web("#76b7b2"), Color.web("#59a14f"), Color.web("#edc948"),
            Color.web("#b07aa1"), Color.web("#ff9da7"), Color.web("#9c755f"), Color.web("#bab0ac"));

    /** A colour per thread in order of birth (ids count from 1), as a window would give. */
    static final IntFunction<Color> COLORS = id -> PALETTE.get((id - 1) % PALETTE.size());

    /** The pictures at the step where the program printed {@code line} and the step before, and the history. */
    record Pair(Snapshot current, Snapshot previous, VariableHistory history) {}

    static Pair atPrint(String source, String line) {
        return atPrint(source, line, 1);
    }

    /** As {@link #atPrint(String, String)}, compared with the picture {@code back} steps before. */
    static Pair atPrint(String source, String line, int back) {
        Program program = compile(source);
        RunResult result = Simulator.run(program, RunOptions.defaults());
        long step = result.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.Printed p && p.text().equals(line))
                .findFirst().orElseThrow().step();
        try (Inspector inspector = new Inspector(program, RunOptions.defaults())) {
            return new Pair(inspector.snapshotAt(step), inspector.snapshotAt(step - back), inspector.history());
        }
    }

    /**
     * The pictures at the step where the first event that {@code wanted} accepts (given the run's trace, for its
     * tables) happened and before.
     */
    static Pair atEvent(String source, java.util.function.BiPredicate<TraceEvent, lockstep.sim.trace.Trace> wanted) {
        Program program = compile(source);
        RunResult result = Simulator.run(program, RunOptions.defaults());
        long step = result.trace().events().stream()
                .filter(e -> wanted.test(e, result.trace()))
                .findFirst().orElseThrow().step();
        try (Inspector inspector = new Inspector(program, RunOptions.defaults())) {
            return new Pair(inspector.snapshotAt(step), inspector.snapshotAt(step - 1), inspector.history());
        }
    }

    static Pair atEnd(String source) {
        Program program = compile(source);
        try (Inspector inspector = new Inspector(program, RunOptions.defaults())) {
            Snapshot end = inspector.snapshotAt(Long.MAX_VALUE);
            return new Pair(end, inspector.snapshotAt(end.step() - 1), inspector.history());
        }
    }

    private static Program compile(String source) {
        try {
            return Simulator.compile("prog.py", source);
        } catch (ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private Pictures() {}
}
