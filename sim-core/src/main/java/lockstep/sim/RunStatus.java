package lockstep.sim;

/** How a run ended; {@link #jsonName()} is the word used in JSON and summaries. */
public enum RunStatus {
    COMPLETED("completed"), DEADLOCK("deadlock"), STEP_LIMIT("step-limit"), ERROR("error"),
    /**
     * The simulator, not the program, failed: its run loop stopped making progress. The run's error names the
     * machine's state (every thread and what it waits for).
     */
    INTERNAL_ERROR("internal-error");

    private final String jsonName;

    RunStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
