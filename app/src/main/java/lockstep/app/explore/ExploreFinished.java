package lockstep.app.explore;

import lockstep.sim.explore.ExploreResult;
import lockstep.sim.lang.ProgramError;

/** How a search the {@link ExploreService} made ended: with a result, or with a program that does not compile. */
public sealed interface ExploreFinished {
    ExploreRequest request();

    /** The search ran (to its end, to a bound, or until cancelled: the result says which). */
    record Done(ExploreRequest request, ExploreResult result) implements ExploreFinished {}

    /** The program as edited does not compile. */
    record NotCompiled(ExploreRequest request, ProgramError error) implements ExploreFinished {}

    /** The explorer itself failed; {@code message} says how. */
    record Failed(ExploreRequest request, String message) implements ExploreFinished {}
}
