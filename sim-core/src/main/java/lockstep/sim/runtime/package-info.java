/**
 * The values of the simulated Python and their behaviour: ints of any size, floats, strings, containers, classes,
 * instances, functions and exceptions ({@code Py*}); truth, text, equality and ordering ({@link lockstep.sim.runtime.Ops});
 * operators ({@link lockstep.sim.runtime.Arith}); containers ({@link lockstep.sim.runtime.Items}); attributes
 * ({@link lockstep.sim.runtime.Attrs}); formatting ({@link lockstep.sim.runtime.Formatting}). Everything here is
 * deterministic: dicts and sets keep insertion order, identities are numbered per run.
 */
package lockstep.sim.runtime;
