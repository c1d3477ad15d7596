/**
 * The simulator's public face: {@link lockstep.sim.Simulator} compiles a program and runs it under
 * {@link lockstep.sim.RunOptions}, producing a {@link lockstep.sim.RunResult}. Nothing here or below depends on
 * JavaFX, reads the wall clock or uses unseeded randomness.
 */
package lockstep.sim;
