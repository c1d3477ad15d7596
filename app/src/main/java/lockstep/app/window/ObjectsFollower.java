package lockstep.app.window;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.scene.paint.Color;
import lockstep.app.i18n.I18n;
import lockstep.app.model.PlaybackController;
import lockstep.app.objects.ObjectsPanel;
import lockstep.app.simulation.RunSession;
import lockstep.app.simulation.SnapshotService;
import lockstep.app.simulation.ThreadKey;
import lockstep.app.theme.ThreadPalette;

/**
 * Keeps the objects panel on the cursor: asks for the pictures of the current step and the one before whenever the
 * cursor stops or steps (not while playing faster than anyone reads), in the app's language and thread colours.
 */
final class ObjectsFollower {
    private final PlaybackController playback;
    private final SnapshotService snapshots;
    private final ObjectsPanel panel;
    /** Also told each picture shown (the threads panel's held values); null for none. */
    private final java.util.function.Consumer<lockstep.sim.inspect.Snapshot> alsoShown;

    ObjectsFollower(PlaybackController playback, I18n i18n, SnapshotService snapshots, ObjectsPanel panel) {
        this(playback, i18n, snapshots, panel, null);
    }

    ObjectsFollower(PlaybackController playback, I18n i18n, SnapshotService snapshots, ObjectsPanel panel,
                    java.util.function.Consumer<lockstep.sim.inspect.Snapshot> alsoShown) {
        this.playback = playback;
        this.snapshots = snapshots;
        this.panel = panel;
        this.alsoShown = alsoShown;
        panel.setLocale(i18n.locale());
        i18n.localeProperty().addListener((obs, old, now) -> panel.setLocale(now));
        playback.sessionProperty().addListener((obs, old, now) -> {
            panel.setHistory(null);
            panel.setThreadColors(colours(now));
            request();
        });
        playback.positionProperty().addListener((obs, old, now) -> {
            if (!playback.playingProperty().get() || playback.stepsPerSecond() <= PlaybackController.MAX_NARRATED_SPEED) {
                request();
            }
        });
        playback.playingProperty().addListener((obs, was, now) -> {
            if (!now) {
                request();
            }
        });
    }

    private void request() {
        RunSession run = playback.session();
        if (run == null) {
            panel.show(null, null);
            tellAlso(null);
            return;
        }
        snapshots.request(run, playback.position(), pictures -> {
            if (pictures.session() == playback.session() && pictures.position() == playback.position()) {
                panel.show(pictures.current(), pictures.previous());
                tellAlso(pictures.current());
            }
        }, history -> {
            if (playback.session() == run) {
                panel.setHistory(history);
            }
        });
    }

    private void tellAlso(lockstep.sim.inspect.Snapshot picture) {
        if (alsoShown != null) {
            alsoShown.accept(picture);
        }
    }

    /** Thread ids to their colours, the timeline's: threads that share a name keep colours of their own. */
    private static IntFunction<Color> colours(RunSession run) {
        if (run == null) {
            return null;
        }
        Map<Integer, Color> byId = new HashMap<>();
        for (ThreadKey t : run.threads()) {
            byId.put(t.id(), ThreadPalette.colour(t.colour()));
        }
        return byId::get;
    }
}
