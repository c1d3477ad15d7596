package lockstep.app.explore;

import lockstep.app.i18n.I18n;
import lockstep.sim.explore.ExploreProgress;

/**
 * The panel's status line: what to do, how far the search under way has got, why the last one found nothing, or that
 * the program changed since; empty beside fresh findings.
 */
final class ExploreStatus {
    private ExploreStatus() {}

    static String line(Exploration exploration, I18n i18n) {
        if (exploration.runningProperty().get()) {
            ExploreProgress progress = exploration.progressProperty().get();
            return progress == null ? i18n.get("explore.running") : SearchTexts.progress(progress, i18n);
        }
        ExploreFinished last = exploration.finishedProperty().get();
        if (last == null) {
            return i18n.get("explore.empty");
        }
        if (last instanceof ExploreFinished.NotCompiled notCompiled) {
            return i18n.get("explore.not_compiled", notCompiled.error().getMessage());
        }
        if (last instanceof ExploreFinished.Failed failed) {
            return i18n.get("explore.failed", failed.message());
        }
        // Fresh findings need no status line: the room goes to the table, whose tooltip says what a choice does.
        return exploration.staleProperty().get() ? i18n.get("explore.stale") : "";
    }
}
