package lockstep.sim.inspect;

/** A thread named in a picture: an owner, a waiter. {@code pid} is the process it belongs to. */
public record ThreadRef(int id, String name, int pid) {}
