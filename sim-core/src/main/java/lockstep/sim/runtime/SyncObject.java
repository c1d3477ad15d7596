package lockstep.sim.runtime;

/** A synchronization object (lock, ...) with a stable key, so traces and reports can name it. */
public interface SyncObject {
    String key();
}
