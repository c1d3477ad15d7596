package lockstep.sim.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.machine.Machine;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PlainContext;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyType;
import org.junit.jupiter.api.Test;

/**
 * Every callable the simulator offers, called with awkward arguments, either returns or raises a Python exception,
 * never a Java one. A first run imports every module of {@link Modules#allNames()}; the callables are read from
 * those module objects and from {@link Builtins#all()} — every entry of a module and of each class it holds — and a
 * second run ({@code native_fuzz.py} beside this test) calls each of them with 0 to 3 awkward arguments. A Java
 * exception escaping a native reaches the program as {@code SystemError} (the machine's last line of defence, see
 * {@code NativeFailures}), which the program reports as a finding.
 */
class NativeFuzzTest {
    /**
     * Callables left out, each because calling it with arbitrary arguments would not come back to the next call: it
     * ends the process, makes a copy of the process that would run every later call again, or sends a signal whose
     * default action ends the process.
     */
    private static final Set<String> SKIPPED = Set.of(
            "os.fork", "_os._fork", // the child would run every later call again, and fork again
            "os._exit", "_os._exit", "os.abort", // end the process
            "os.kill", "_os.kill", "os.killpg", "signal.raise_signal", "signal.pthread_kill", // signal it to death
            "signal.alarm", "signal.setitimer", // a SIGALRM ends it a little later
            "_asyncio._select", // waits for the event loop's next event, which no loop will send
            "signal.pause", "_os._pause", // wait for a signal that nothing sends
            // join the worker threads or child processes earlier calls may have started, which wait for ever
            "concurrent.futures._python_exit", "os.wait", "os.waitpid",
            // run gevent's hub until the greenlets earlier calls spawned end, or wait on it for I/O
            "gevent._join_hub", "gevent.monkey._cooperative_io");

    /** How many times the calls start again after one that crashed the machine. */
    private static final int MAX_RESTARTS = 50;

    /** The longest one call may run, in wall-clock seconds, before the test stops it and goes on after it. */
    private static final long CALL_SECONDS = 10;

    /** How often the step probe looks at the call in progress. */
    private static final long PROBE_STEPS = 100_000;

    /** The step budget of one call: past it, the call is stopped and the calls go on after it. */
    private static final long CALL_STEPS = 2_000_000;

    /** Enough for every call and its fresh arguments; a run past it names the call it was in. */
    private static final long MAX_STEPS = 200_000_000L;

    @Test
    void everyNativeFailsOnlyWithPythonExceptions() throws IOException {
        String program = callingProgram();
        StringBuilder report = new StringBuilder();
        StringBuilder stopped = new StringBuilder();
        long calls = 0;
        long start = 1;
        for (int restarts = 0; restarts < MAX_RESTARTS && start > 0; restarts++) {
            Machine machine = Simulator.prepare(compile(program.replace("START = 1\n", "START = " + start + "\n")),
                    RunOptions.defaults().withMaxSteps(MAX_STEPS));
            Watched run = Watched.run(machine);
            String last = Ops.str(new PlainContext(), machine.mainGlobals().get("LAST"));
            for (String line : machine.output().split("\n")) {
                if (line.startsWith("FINDING ") || line.startsWith("FAILED ")) {
                    report.append('\n').append(line);
                } else if (line.startsWith("CALLS ")) {
                    calls = Long.parseLong(line.substring("CALLS ".length())); // all, made in this run or before
                }
            }
            start = 0;
            if (run.outcome == Machine.Outcome.COMPLETED) {
                break;
            }
            // A call that crashed the machine fails the test; one that overran its step budget or ended the run
            // (a deadlock: it waits for something no one will do) is only noted. Either way the calls go on after it.
            String what = run.failure != null ? run.failure : String.valueOf(run.outcome);
            (run.overran || run.failure == null ? stopped : report).append("\n").append(last).append(": ").append(what);
            if (!last.isEmpty()) {
                start = Long.parseLong(last.substring(0, last.indexOf(' '))) + 1;
            }
        }
        System.out.println("NativeFuzzTest: " + calls + " calls; stopped and gone on after:" + stopped
                + "\nfailures:" + report);
        assertEquals("", report.toString(), "natives that failed with a Java exception");
        assertTrue(calls > 90_000, "too few calls: " + calls);
    }

    private static Program compile(String source) {
        try {
            return Simulator.compile("native_fuzz.py", source);
        } catch (ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** {@code import m as module_0} ... for every module. */
    private static String imports() {
        StringBuilder p = new StringBuilder();
        List<String> modules = Modules.allNames();
        for (int i = 0; i < modules.size(); i++) {
            p.append("import ").append(modules.get(i)).append(" as module_").append(i).append('\n');
        }
        return p.toString();
    }

    /**
     * The calling program: the imports, the calling code, the targets (name and expression of every callable found in
     * the module objects after a run of the imports), {@code SKIPPED}, {@code START}, then the call of {@code main()}.
     */
    static String callingProgram() throws IOException {
        Machine machine = Simulator.prepare(compile(imports()), RunOptions.defaults());
        machine.run();
        Map<PyObject, Boolean> seen = new IdentityHashMap<>();
        StringBuilder p = new StringBuilder(imports());
        try (InputStream in = NativeFuzzTest.class.getResourceAsStream("native_fuzz.py")) {
            p.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        addEntries(p, seen, "builtins", "", new TreeMap<>(Builtins.all()));
        List<String> modules = Modules.allNames();
        for (int i = 0; i < modules.size(); i++) {
            PyModule module = (PyModule) machine.mainGlobals().get("module_" + i);
            addEntries(p, seen, modules.get(i), "module_" + i + ".", new TreeMap<>(module.dict));
        }
        p.append("SKIPPED = {");
        SKIPPED.stream().sorted().forEach(name -> p.append('\'').append(name).append("', "));
        p.append("}\nSTART = 1\nif __name__ == '__main__':\n    main()\n");
        return p.toString();
    }

    /** A target for each entry (and, for a class, each entry of its own dict), every object once. */
    private static void addEntries(StringBuilder p, Map<PyObject, Boolean> seen, String moduleName, String prefix,
                                   Map<String, PyObject> entries) {
        for (Map.Entry<String, PyObject> e : entries.entrySet()) {
            String name = e.getKey();
            if (!isIdentifier(name) || e.getValue() instanceof PyModule || seen.put(e.getValue(), true) != null) {
                continue;
            }
            String expression = prefix + name;
            target(p, moduleName + "." + name, expression);
            if (e.getValue() instanceof PyType type) {
                for (String attribute : new TreeMap<>(type.dict).keySet()) {
                    if (isIdentifier(attribute) && seen.put(type.dict.get(attribute), true) == null) {
                        target(p, moduleName + "." + name + "." + attribute,
                                "getattr(" + expression + ", '" + attribute + "')");
                    }
                }
            }
        }
    }

    private static void target(StringBuilder p, String name, String expression) {
        p.append("add_target('").append(name).append("', lambda: ").append(expression).append(")\n");
    }

    private static boolean isIdentifier(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") && !Set.of("True", "False", "None").contains(name);
    }

    /** Thrown by the step probe when one call overruns its step budget: ends the run at that step. */
    private static final class Overrun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overrun() {
            super("one call ran for more than " + CALL_STEPS + " steps", null, false, false);
        }
    }

    /**
     * A run on a thread of its own. A probe told every {@link #PROBE_STEPS} steps ends it when one call has taken
     * more than {@link #CALL_STEPS} (the calls' own steps and those of any thread they started): where it stops is
     * the same in every run. A call stuck for {@link #CALL_SECONDS} inside one step (work no step limit bounds, the
     * step budget's job) is a finding that ends the test: its thread, a daemon, is left behind, as no Java thread
     * can be stopped from outside on every JDK.
     */
    private record Watched(Machine.Outcome outcome, String failure, boolean overran) {
        static Watched run(Machine machine) {
            Machine.Outcome[] outcome = new Machine.Outcome[1];
            Throwable[] failure = new Throwable[1];
            Object[] callAtProbe = {null};
            long[] callStartStep = {0};
            machine.setProbe(next -> {
                Object call = machine.mainGlobals().get("LAST");
                if (call != callAtProbe[0]) {
                    callAtProbe[0] = call;
                    callStartStep[0] = machine.steps();
                } else if (!(call instanceof PyStr text && text.value.isEmpty())
                        && machine.steps() - callStartStep[0] > CALL_STEPS) {
                    throw new Overrun();
                }
                return machine.steps() + PROBE_STEPS;
            }, PROBE_STEPS);
            Thread runner = new Thread(() -> {
                try {
                    outcome[0] = machine.run();
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, "native-fuzz");
            runner.setDaemon(true);
            runner.start();
            Object last = null;
            long sameSince = System.nanoTime();
            while (runner.isAlive()) {
                try {
                    runner.join(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                Object now = machine.mainGlobals().get("LAST");
                if (now != last) {
                    last = now;
                    sameSince = System.nanoTime();
                } else if (System.nanoTime() - sameSince > CALL_SECONDS * 1_000_000_000L) {
                    return new Watched(null, "one call ran for more than " + CALL_SECONDS + " s", false);
                }
            }
            return new Watched(outcome[0], failure[0] == null ? null : failure[0].toString(),
                    failure[0] instanceof Overrun);
        }
    }
}
