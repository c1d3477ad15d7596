package lockstep.sim.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import lockstep.sim.Simulator;
import lockstep.sim.lang.ProgramError;

/**
 * Any text through the tokenizer, the parser and the compiler: it compiles, or it is a {@link ProgramError} (a
 * {@code SyntaxError}, or a construct the language refuses) whose position is inside the text. Its seeds are Python
 * programs, so that the fuzzer starts deep in the grammar rather than in a scenario file's YAML.
 */
class CompileFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void program(byte[] input) {
        String source = new String(input, StandardCharsets.UTF_8);
        try {
            Simulator.compile("fuzz.py", source);
        } catch (ProgramError e) {
            LoadFuzzTest.check(e, source);
        }
    }
}
