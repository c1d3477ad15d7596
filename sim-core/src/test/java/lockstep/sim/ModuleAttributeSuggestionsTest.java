package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Did you mean" for a missing attribute of a library module, against what CPython 3.11.7 printed for
 * {@code import m; m.name}: its candidates are what {@code dir(m)} lists, the submodules and imported modules among
 * them ({@code asyncio.coroutines}, {@code json.decoder}, {@code logging}'s {@code threading}).
 */
class ModuleAttributeSuggestionsTest {
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            asyncio | coroutine | \". Did you mean: 'coroutines'?\"
            asyncio | get_event_looop | \". Did you mean: 'get_event_loop'?\"
            asyncio | Tasks | \". Did you mean: 'tasks'?\"
            asyncio | task | \". Did you mean: 'Task'?\"
            asyncio | future | \". Did you mean: 'Future'?\"
            asyncio | event | \". Did you mean: 'Event'?\"
            asyncio | queue | \". Did you mean: 'Queue'?\"
            asyncio | lock | \". Did you mean: 'Lock'?\"
            asyncio | ensure_futures | \". Did you mean: 'ensure_future'?\"
            asyncio | run_forever | \"\"
            asyncio | sleeps | \". Did you mean: 'sleep'?\"
            asyncio | subprocesses | \". Did you mean: 'subprocess'?\"
            asyncio | exception | \". Did you mean: 'exceptions'?\"
            asyncio | gathering | \". Did you mean: 'gather'?\"
            threading | thread | \". Did you mean: 'Thread'?\"
            threading | currentthread | \". Did you mean: 'currentThread'?\"
            threading | Timers | \". Did you mean: 'Timer'?\"
            threading | function | \". Did you mean: 'functools'?\"
            multiprocessing | processes | \". Did you mean: 'process'?\"
            multiprocessing | contexts | \". Did you mean: 'context'?\"
            multiprocessing | Processes | \". Did you mean: 'Process'?\"
            json | decode | \". Did you mean: 'decoder'?\"
            json | encoders | \". Did you mean: 'encoder'?\"
            os | paths | \". Did you mean: 'path'?\"
            logging | warning2 | \". Did you mean: 'warning'?\"
            logging | thread | \". Did you mean: 'threading'?\"
            time | sleeps | \". Did you mean: 'sleep'?\"
            queue | threads | \". Did you mean: 'threading'?\"
            """)
    void suggestsWhatCPythonSuggests(String module, String name, String suffix) {
        RunResult r = Runs.run("import " + module + "\n" + module + "." + name + "\n");
        assertEquals(RunStatus.ERROR, r.status());
        String[] lines = r.error().split("\n");
        assertEquals("AttributeError: module '" + module + "' has no attribute '" + name + "'" + suffix,
                lines[lines.length - 1]);
    }
}
