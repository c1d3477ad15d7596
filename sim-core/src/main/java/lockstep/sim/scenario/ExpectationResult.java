package lockstep.sim.scenario;

/**
 * The verdict on one expectation after a run.
 *
 * @param description the expectation as written ({@link Expectation#description()})
 * @param passed      whether the run showed it
 * @param detail      what the run showed instead, or what it showed when it passed (never null)
 */
public record ExpectationResult(String description, boolean passed, String detail) {}
