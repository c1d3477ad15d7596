package lockstep.timeline.tracefile;

import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.scenario.BundledScenarios;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operations;
import lockstep.timeline.TimelineModel;

/** A bundled scenario run once with its operations recorded, laid out at the operation grain, and planned. */
record ScenarioTraces(RunResult run, Operations operations, TimelineModel model, TracePlan plan) {
    static ScenarioTraces of(String id) {
        try {
            for (Scenario s : BundledScenarios.loadAll(ScenarioTraces.class.getClassLoader())) {
                if (s.id().equals(id)) {
                    Operations.Recorder recorder = Operations.recorder(Grain.OPERATION);
                    RunResult run = Simulator.run(s.compile(),
                            s.runOptions(RunOptions.defaults().withStepListener(recorder)));
                    Operations operations = recorder.finish(run.trace());
                    TimelineModel model = TimelineModel.of(run, operations);
                    return new ScenarioTraces(run, operations, model, TracePlan.of(run, model, operations));
                }
            }
        } catch (lockstep.sim.scenario.ScenarioError | lockstep.sim.lang.ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
        throw new AssertionError("no bundled scenario " + id);
    }
}
