package lockstep.sim.analysis;

/**
 * A lost update: {@code writer} writes {@code variable} over the write of {@code overwrittenWriter}, which it never
 * saw because it last read the variable before that write. The values are the simulator's own objects, opaque here;
 * the machine renders them when it records the event.
 *
 * @param variable          the shared variable's key, as the machine names it ({@code x}, {@code Counter#1.n})
 * @param writer            the id of the thread writing
 * @param value             the value it writes
 * @param writeStep         the step of this write
 * @param readStep          the step of the writer's read that the write is based on
 * @param overwrittenWriter the id of the thread whose write is erased unseen
 * @param overwrittenValue  the value that write stored
 * @param overwrittenStep   the step of that write
 */
public record StaleWrite(String variable, int writer, Object value, long writeStep, long readStep,
                         int overwrittenWriter, Object overwrittenValue, long overwrittenStep) {}
