package lockstep.sim.trace;

/**
 * What one micro-op did that matters for grouping steps into {@link Operations}: whether another thread could see
 * it, and whether it crossed between the program's code and a library module's. The machine decides it per step
 * (it sees the opcode and the value); {@link Operations} applies the boundary rules to it.
 */
public enum StepEffect {
    /** Nothing another thread could see: a local, a constant, arithmetic, a lookup of a function or module. */
    LOCAL,
    /** The program read shared data: a global, a closure cell, an attribute or an item whose value is data. */
    READS_SHARED,
    /** The program wrote shared state: a global, a closure cell, an attribute or an item. */
    WRITES_SHARED,
    /** The program called into a library module's Python code (threading, queue, asyncio ...). */
    CALLS_LIBRARY,
    /** A library step after which the thread is back in the program's code (a return, or a call of a target). */
    LEAVES_LIBRARY
}
