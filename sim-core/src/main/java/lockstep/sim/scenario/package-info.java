/**
 * Scenario files: {@link lockstep.sim.scenario.ScenarioLoader} reads a scenario from YAML, JSON or a plain
 * {@code .py} file into a {@link lockstep.sim.scenario.Scenario}, rejecting anything malformed, unknown, mistyped,
 * too large or too deeply nested with a {@link lockstep.sim.scenario.ScenarioError} that names the file, line and
 * column. A scenario's {@code expect} items are {@link lockstep.sim.scenario.Expectation}s, checked against a run by
 * {@link lockstep.sim.scenario.Expectations}. {@link lockstep.sim.scenario.BundledScenarios} lists the scenarios
 * shipped as classpath resources.
 *
 * <p>Jackson is used here and nowhere else in sim-core.
 */
package lockstep.sim.scenario;
