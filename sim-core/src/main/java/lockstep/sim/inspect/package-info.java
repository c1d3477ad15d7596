/**
 * What the simulated machine looks like at a step, for the app's objects panel and manual mode. A
 * {@link lockstep.sim.inspect.Snapshot} is an immutable picture of every process, thread, synchronization object
 * and shared variable after N steps; the {@link lockstep.sim.inspect.Inspector} produces one for any N by running
 * the program again (the simulator is deterministic), keeping a paused run to step forward cheaply and a window of
 * recent pictures to step back; {@link lockstep.sim.inspect.VariableHistory} lists when each shared variable changed;
 * a {@link lockstep.sim.inspect.ManualSession} lets a person choose which thread runs next and records the choices
 * as a {@link lockstep.sim.Schedule}. Nothing here changes the machine it looks at.
 */
package lockstep.sim.inspect;
