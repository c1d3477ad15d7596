package lockstep.app.window;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import lockstep.app.config.RecoveryStore;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.model.Workspace;

/**
 * Keeps the recovery copy in step with the edits: a second after the program changes it is written if it differs
 * from the document, or removed if it no longer does. Saving or discarding removes it at once.
 */
final class RecoveryKeeper {
    static final Duration DELAY = Duration.seconds(1);

    private final Workspace workspace;
    private final RecoveryStore store;
    private final PauseTransition pause = new PauseTransition(DELAY);

    RecoveryKeeper(Workspace workspace, RecoveryStore store) {
        this.workspace = workspace;
        this.store = store;
        pause.setOnFinished(e -> writeNow());
        workspace.programTextProperty().addListener((obs, old, now) -> pause.playFromStart());
        workspace.documentProperty().addListener((obs, old, now) -> pause.playFromStart());
    }

    /** Writes (or removes) the copy now. */
    void writeNow() {
        pause.stop();
        ScenarioDocument doc = workspace.document();
        if (doc != null && workspace.isDirty()) {
            store.save(new RecoveryStore.Copy(doc.sourceKey(), doc.fileName(),
                    workspace.programTextProperty().get(), System.currentTimeMillis()));
        } else {
            store.clear();
        }
    }

    /** The edits were saved or given up: no copy is needed. */
    void clear() {
        pause.stop();
        store.clear();
    }
}
