package lockstep.sim.runtime;

/** A context that plays every role itself: each role accessor returns the context. */
public interface EveryRole extends CallContext, Output, Clock, ThreadControl, ProcessControl, SyncReporting {
    @Override
    default Output output() {
        return this;
    }

    @Override
    default Clock clock() {
        return this;
    }

    @Override
    default ThreadControl threads() {
        return this;
    }

    @Override
    default ProcessControl processes() {
        return this;
    }

    @Override
    default SyncReporting sync() {
        return this;
    }
}
