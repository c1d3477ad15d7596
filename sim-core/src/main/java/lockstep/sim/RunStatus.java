package lockstep.sim;

/** How a run ended; {@link #jsonName()} is the word used in JSON and summaries. */
public enum RunStatus {
    COMPLETED("completed"), DEADLOCK("deadlock"), STEP_LIMIT("step-limit"), ERROR("error");

    private final String jsonName;

    RunStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
