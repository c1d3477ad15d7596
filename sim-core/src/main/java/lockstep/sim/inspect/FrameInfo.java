package lockstep.sim.inspect;

/**
 * One frame of a thread's stack.
 *
 * @param file     the file it runs, the program's or a library module's ({@code threading.py})
 * @param function the qualified function name, {@code <module>} for a module's top level
 * @param line     the line being executed (for the innermost frame of a thread that can run, the next one)
 * @param library  true when the frame runs library code rather than the program
 */
public record FrameInfo(String file, String function, int line, boolean library) {}
