package lockstep.app.explore;

import java.util.Objects;
import lockstep.app.document.ScenarioDocument;
import lockstep.sim.RunOptions;
import lockstep.sim.explore.ExploreOptions;

/**
 * What to explore: the program as edited, from a document, with the workspace's run options (seed, step limit,
 * cores) and how to search.
 */
public record ExploreRequest(ScenarioDocument document, String program, RunOptions run, ExploreOptions options) {
    public ExploreRequest {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(options, "options");
    }
}
