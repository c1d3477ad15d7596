package lockstep.timeline;

import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.scenario.BundledScenarios;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioError;

/** Runs of bundled scenarios and small programs, for the timeline's tests. */
public final class Runs {
    private Runs() {}

    public static RunResult scenario(String id) {
        return scenario(id, RunOptions.defaults());
    }

    /** A bundled scenario's run, with {@code options} under the scenario's own (a step listener, say). */
    static RunResult scenario(String id, RunOptions options) {
        try {
            for (Scenario s : BundledScenarios.loadAll(Runs.class.getClassLoader())) {
                if (s.id().equals(id)) {
                    return Simulator.run(s.compile(), s.runOptions(options));
                }
            }
        } catch (ScenarioError | lockstep.sim.lang.ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
        throw new AssertionError("no bundled scenario " + id);
    }

    static RunResult program(String source, RunOptions options) {
        try {
            return Simulator.run(Simulator.compile("test.py", source), options);
        } catch (lockstep.sim.lang.ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
