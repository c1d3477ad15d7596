package lockstep.sim.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import lockstep.sim.files.FileProblem;
import lockstep.sim.files.TextFiles;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.SourceError;
import lockstep.sim.scenario.ScenarioError;
import lockstep.sim.scenario.ScenarioLoader;

/**
 * Any bytes, read as a scenario file of each kind and compiled: the only failures are a {@link FileProblem} for bytes
 * that are not UTF-8 and a {@link ScenarioError} or {@link ProgramError} whose position is inside the text. Anything
 * else — a Java exception, a position outside, a hang — is a finding.
 */
class LoadFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void scenarioFile(byte[] input) {
        String text;
        try {
            text = TextFiles.decode(input);
        } catch (FileProblem notUtf8) {
            return;
        }
        for (String name : new String[] {"fuzz.yaml", "fuzz.json", "fuzz.py"}) {
            try {
                ScenarioLoader.load(name, text).compile();
            } catch (ScenarioError | ProgramError e) {
                check(e, text);
            }
        }
    }

    static void check(SourceError e, String text) {
        // The too-large error is about the whole file, at 1:1.
        String problem = Inside.outside(e, text.startsWith("\uFEFF") && e.line() == 1 ? text.substring(1) : text);
        if (problem != null && !text.isEmpty()) {
            throw new AssertionError("an error outside the file: " + problem);
        }
    }
}
