package lockstep.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.simulation.RunSession;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Log messages and {@code print(file=sys.stderr)} are shown in the console as stderr, where they happened. */
class ConsoleTextStderrTest {
    private static RunSession session(String program) throws Exception {
        ScenarioDocument doc = new ScenarioDocument(ScenarioLoader.load("p.py", program), program, Path.of("p.py"),
                null);
        Program compiled = Simulator.compile("p.py", program);
        RunOptions options = RunOptions.defaults();
        return new RunSession(doc, program, compiled, options, Simulator.run(compiled, options), false);
    }

    @Test
    void aLogMessageAndAPrintToStderrAreStderrChunksBetweenTheOutput() throws Exception {
        RunSession run = session("import logging, sys\nprint('one')\nlogging.warning('careful %d', 2)\n"
                + "print('two')\nprint('oops', file=sys.stderr)\nsys.stdout.write('three\\n')\n");
        List<ConsoleText.Chunk> chunks = ConsoleText.at(run, run.steps());
        assertEquals(List.of(new ConsoleText.Chunk("one\n", false), new ConsoleText.Chunk("WARNING:root:careful 2\n", true),
                new ConsoleText.Chunk("two\n", false), new ConsoleText.Chunk("oops\n", true),
                new ConsoleText.Chunk("three\n", false)), chunks);
        assertEquals("one\ntwo\nthree\n", run.outputAt(run.steps()));
    }
}
