package lockstep.timeline;

/** What a lane shows. */
public enum LaneKind {
    /** Which thread each core runs; present when the run used more than one core. */
    CORE,
    /** Which thread of one process holds its GIL; present when the run used the GIL policy. */
    GIL,
    /** One thread's states over time. */
    THREAD,
    /** One asyncio task inside its thread. */
    TASK
}
