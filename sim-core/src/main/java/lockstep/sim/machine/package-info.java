/**
 * The simulated computer. The {@link lockstep.sim.machine.Machine} owns the state tables (processes, threads, the
 * virtual clock, the output and the trace) and the run loop; around it, one class a job: {@code Planner} (which
 * threads run on which cores, the GIL), {@code Timers} (sleeps and wait deadlines), {@code Processes} (fork, spawn,
 * wait, exit) and {@code ModuleLoader}. The {@code Interpreter} executes micro-ops on a thread, with {@code Calls},
 * {@code Instructions}, {@code Unwinder}, {@code CoroutineSwitch} and {@code ClassBuilder}; natives reach the machine
 * through {@code ThreadContext} and tell it what they need by returning a
 * {@link lockstep.sim.runtime.MachineRequest}. Nothing here reads the wall clock.
 */
package lockstep.sim.machine;
