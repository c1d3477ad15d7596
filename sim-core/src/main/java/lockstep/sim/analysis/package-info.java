/**
 * Analyses of a run: happens-before race detection with vector clocks fed through a
 * {@link lockstep.sim.analysis.SyncObserver}, and the reports they produce ({@link lockstep.sim.analysis.Race}).
 */
package lockstep.sim.analysis;
