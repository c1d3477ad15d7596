package lockstep.app.window;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import lockstep.app.config.RecentFiles;
import lockstep.app.config.RecoveryStore;
import lockstep.app.config.UserSettings;
import lockstep.app.explore.Exploration;
import lockstep.app.explore.ExploreService;
import lockstep.app.i18n.I18n;
import lockstep.app.library.BundledLibrary;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.RunSettings;
import lockstep.app.model.Workspace;
import lockstep.app.simulation.InspectorManualScheduling;
import lockstep.app.simulation.SimulationService;
import lockstep.app.simulation.SnapshotService;
import lockstep.app.simulation.StepDetailService;
import lockstep.app.theme.Appearance;
import lockstep.app.theme.Theme;
import lockstep.sim.scenario.ScenarioError;

/**
 * The window's services and settings, from start to close: the user's settings (language, theme, step limit, speed,
 * the last scenario), the recent files and the recovery store, the bundled library (loaded in the background), and
 * the simulation, snapshot and step-detail services with the workspace and playback controller they feed, and the
 * explorer with its model. No nodes.
 */
final class AppServices {
    private final UserSettings settings;
    private final I18n i18n;
    private final Appearance appearance;
    private final RecentFiles recent;
    private final RecoveryStore recoveryStore;
    private final ObjectProperty<BundledLibrary> library = new SimpleObjectProperty<>(BundledLibrary.empty());
    private final CompletableFuture<BundledLibrary> libraryLoading;
    private final SimulationService simulation = new SimulationService(new InspectorManualScheduling());
    private final SnapshotService snapshots = new SnapshotService();
    private final StepDetailService details = new StepDetailService();
    private final PlaybackController playback = new PlaybackController(details);
    private final Workspace workspace;
    private final ExploreService explorer = ExploreService.withExplorer();
    private final Exploration exploration;

    AppServices(AppContext context) {
        this.settings = new UserSettings(context.configFolder());
        this.i18n = new I18n(Locale.forLanguageTag(settings.get("language", "en")));
        this.appearance = new Appearance(i18n, Theme.byId(settings.get("theme", "light"), Theme.LIGHT));
        this.recent = new RecentFiles(settings);
        this.recoveryStore = new RecoveryStore(context.configFolder());
        // The bundled scenarios load while the window is built and shown.
        this.libraryLoading = CompletableFuture.supplyAsync(() -> {
            try {
                return BundledLibrary.load(AppServices.class.getClassLoader());
            } catch (ScenarioError e) {
                throw new CompletionException(e);
            }
        });
        RunSettings runSettings = new RunSettings(settings.getLong("stepLimit", UserSettings.DEFAULT_STEP_LIMIT));
        this.workspace = new Workspace(simulation, playback, runSettings);
        this.exploration = new Exploration(workspace, explorer);
        playback.speedIndexProperty().set((int) settings.getLong("speed", PlaybackController.DEFAULT_SPEED_INDEX));
    }

    UserSettings settings() {
        return settings;
    }

    I18n i18n() {
        return i18n;
    }

    Appearance appearance() {
        return appearance;
    }

    RecentFiles recent() {
        return recent;
    }

    RecoveryStore recoveryStore() {
        return recoveryStore;
    }

    /** The bundled scenarios: empty until loaded. */
    ObjectProperty<BundledLibrary> library() {
        return library;
    }

    SnapshotService snapshots() {
        return snapshots;
    }

    PlaybackController playback() {
        return playback;
    }

    Workspace workspace() {
        return workspace;
    }

    /** Explore: the search of the open program's schedules and what it found. */
    Exploration exploration() {
        return exploration;
    }

    /**
     * Once the bundled scenarios have loaded (or failed to), on the JavaFX thread: shows them, then tells
     * {@code then} the failure, or null.
     */
    void whenLibraryLoaded(Consumer<Throwable> then) {
        libraryLoading.whenComplete((loaded, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                library.set(loaded);
            }
            then.accept(failure);
        }));
    }

    /** Keeps the settings, then stops the background work. */
    void close() {
        settings.put("language", i18n.language());
        settings.put("theme", appearance.themeProperty().get().id());
        settings.put("stepLimit", Long.toString(workspace.settings().stepLimitProperty().get()));
        settings.put("speed", Integer.toString(playback.speedIndexProperty().get()));
        if (workspace.document() != null) {
            settings.put("last", workspace.document().sourceKey());
        }
        settings.save();
        playback.pause();
        simulation.close();
        explorer.close();
        details.close();
        snapshots.close();
    }
}
