package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;
import lockstep.sim.trace.Step;
import org.junit.jupiter.api.Test;

/**
 * The utility modules (itertools, collections, operator, string, heapq, bisect, copy) as the machine sees them:
 * their imports, the grain of a deque's methods, atomic deque calls, and what a fork copies. Their Python behaviour
 * is pinned by the conformance programs 350-399.
 */
class UtilityModulesTest {
    private static final NarrationRenderer ENGLISH = NarrationRenderer.forLanguage("en");

    private static List<String> operationSentences(String source) {
        List<Step> steps = new ArrayList<>();
        Operations.Recorder recorder = Operations.recorder(Grain.OPERATION);
        RunResult result = Runs.run(source, RunOptions.defaults().withStepListener(step -> {
            steps.add(step);
            recorder.onStep(step);
        }));
        assertEquals(RunStatus.COMPLETED, result.status(), result.error());
        return recorder.finish(result.trace()).all().stream()
                .map((Operation o) -> o.runner() + " " + ENGLISH.render(o.narration())).toList();
    }

    @Test
    void aDequeMethodChangesSharedDataAsAListMethodDoes() {
        List<String> onList = operationSentences("items = []\nitems.append(1)\nprint(len(items))\n");
        List<String> onDeque = operationSentences(
                "from collections import deque\nitems = deque()\nitems.append(1)\nprint(len(items))\n");
        int listAppend = onList.indexOf("MainThread call returns None");
        int dequeAppend = onDeque.indexOf("MainThread call returns None");
        assertTrue(listAppend > 0 && dequeAppend > 0, onDeque.toString());
        // The append ends an operation of its own, then the read of items for len() begins the next.
        assertEquals(onList.size() - listAppend, onDeque.size() - dequeAppend, onDeque.toString());
        assertEquals(List.of("MainThread reads items: deque([])", "MainThread call returns None",
                "MainThread reads items: deque([1])", "MainThread prints '1'"),
                onDeque.subList(dequeAppend - 1, dequeAppend + 3));
    }

    @Test
    void dequeAppendsFromManyThreadsLoseNothing() {
        // Each append is one native call: however the threads interleave, every item arrives once.
        String source = """
                import threading
                from collections import deque
                d = deque()
                def work(n):
                    for i in range(200):
                        d.append((n, i))
                ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(len(d), len(set(d)))
                """;
        for (long seed = 1; seed <= 3; seed++) {
            RunResult r = Runs.run(source, RunOptions.defaults().withSeed(seed));
            assertEquals("800 800\n", r.outputText());
        }
    }

    @Test
    void anUnknownSubmoduleIsRefusedAtLoadNamingTheModules() {
        ProgramError e = assertThrows(ProgramError.class,
                () -> Simulator.compile("prog.py", "import collections.abc\n"));
        assertTrue(e.getMessage().contains("module 'collections.abc' is outside the scenario language"),
                e.getMessage());
        String listed = e.getMessage().substring(e.getMessage().indexOf("(available: ") + "(available: ".length(),
                e.getMessage().length() - 1);
        List<String> names = List.of(listed.split(", "));
        assertTrue(names.containsAll(List.of("bisect", "collections", "copy", "heapq", "itertools", "operator",
                "string", "threading", "concurrent.futures")), listed);
        assertEquals(names.stream().sorted().toList(), names, "listed in order");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("_") || n.equals("concurrent")), listed);
    }

    @Test
    void theModulesImportTogetherAndKeepTheirTypesAcrossAFork() {
        RunResult r = Runs.run("""
                import os, itertools, operator, string, heapq, bisect, copy
                from collections import Counter, defaultdict, deque, namedtuple
                P = namedtuple('P', 'a b')
                data = [Counter('aab'), defaultdict(int, x=1), deque([1], maxlen=2), P(1, 2)]
                pid = os.fork()
                if pid == 0:
                    print([type(x).__name__ for x in data], data[1]['missing'], data[3].b)
                    os._exit(0)
                os.waitpid(pid, 0)
                """);
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        assertEquals("['Counter', 'defaultdict', 'deque', 'P'] 0 2\n", r.outputText());
    }
}
