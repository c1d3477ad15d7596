package lockstep.sim.explore;

/** Why a search ended. Only {@link #EXHAUSTED} means every schedule was covered. */
public enum StopReason {
    /** Every schedule was covered: the counts are exact and the outcome list is complete. */
    EXHAUSTED("exhausted"),
    /** The sampling modes ran their runs; the preemption bound cut schedules out. */
    SAMPLED("sampled"),
    /** The preemption bound left schedules out. */
    BOUNDED("bounded"),
    /** {@code --max-executions} was reached. */
    MAX_EXECUTIONS("max-executions"),
    /** The state store was full. */
    MAX_STATES("max-states"),
    /** The monitor asked to stop: a time limit or a cancel. */
    STOPPED("stopped"),
    /** A schedule deadlocked and the search was asked to stop at the first. */
    FIRST_DEADLOCK("first-deadlock");

    private final String jsonName;

    StopReason(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
