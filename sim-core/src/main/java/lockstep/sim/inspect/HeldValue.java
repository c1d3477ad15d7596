package lockstep.sim.inspect;

/**
 * A value a thread read from shared state and still holds, neither written back to that variable nor used up: see
 * {@link HeldReads} for the exact rule.
 *
 * @param variable the shared variable it was read from: a global's name, or {@code Type#n.attribute}
 * @param value    the text of the value read
 * @param step     when it was read, counted as trace events' steps are: the number of steps run once the read was made
 * @param local    the local variable of the program that holds it, or null while it is on the value stack
 * @param computed the text of what the thread computed from it and has on its value stack in its place (the 32 of
 *                 {@code x + 1} after reading 31), or null while the value read itself is there or in a local
 */
public record HeldValue(String variable, String value, long step, String local, String computed) {}
