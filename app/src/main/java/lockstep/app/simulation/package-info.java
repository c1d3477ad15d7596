/**
 * Running the simulator for the window, off the JavaFX thread: {@link lockstep.app.simulation.SimulationService}
 * compiles and runs the edited program (latest request wins, stale results are dropped) into a
 * {@link lockstep.app.simulation.RunSession}, the run indexed for the views (threads, their segments, events,
 * output by step); {@link lockstep.app.simulation.StepDetailService} recomputes the detail of the steps around the
 * cursor by replaying the deterministic run; {@link lockstep.app.simulation.ManualScheduling} is what manual mode
 * asks for the threads that may run next.
 */
package lockstep.app.simulation;
