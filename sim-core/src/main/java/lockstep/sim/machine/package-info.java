/**
 * The simulated computer: the {@link lockstep.sim.machine.Machine} (processes, threads, the virtual clock, the
 * output and the trace; it decides which thread runs) and the {@code Interpreter} that executes micro-ops on a
 * thread, with its frames, block stacks and argument binding. Nothing here reads the wall clock.
 */
package lockstep.sim.machine;
