package lockstep.app.window;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import lockstep.app.config.RecentFiles;
import lockstep.app.controls.Shortcuts;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.editor.ProgramView;
import lockstep.app.explore.Exploration;
import lockstep.app.explore.ExplorePanel;
import lockstep.app.export.TimelineExport;
import lockstep.app.i18n.I18n;
import lockstep.app.library.BundledLibrary;
import lockstep.app.library.LibraryEntry;
import lockstep.app.library.ScenarioLibrary;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.Workspace;
import lockstep.app.objects.ObjectsPanel;
import lockstep.app.panels.NarrationPanel;
import lockstep.app.panels.OutputPanel;
import lockstep.app.theme.Appearance;

/**
 * The Lockstep window, put together from its parts: {@link AppServices} (the services and settings, from start to
 * close), {@link WindowLayout} (the views and where they go), {@link WindowCommands} (what the menus, keys and drops
 * do) and {@link StartupRestore} (what opens first). One {@link PlaybackController} drives every view; the
 * {@link Workspace} re-simulates on every change.
 */
public final class MainWindow {
    public static final String TITLE = "Lockstep";

    private final Stage stage;
    private final AppContext context;
    private final AppServices services;
    private final TimelineAdapter timeline = new TimelineAdapter();
    private final FileActions files;
    private final WindowCommands commands;
    private final WindowLayout layout;
    private Scene scene;

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.services = new AppServices(context);
        I18n i18n = services.i18n();
        this.files = new FileActions(services.workspace(), services.library(), services.recent(),
                services.recoveryStore(), context.chooserFor(stage), context.promptsFor(stage, i18n), i18n,
                this::showInLibrary);
        this.commands = new WindowCommands(stage, services, files, timeline);
        this.layout = new WindowLayout(stage, services, files, timeline, commands);
    }

    // Properties (for tests and the launcher)

    public Stage stage() {
        return stage;
    }

    public Workspace workspace() {
        return services.workspace();
    }

    public PlaybackController playback() {
        return services.playback();
    }

    public I18n i18n() {
        return services.i18n();
    }

    public Appearance appearance() {
        return services.appearance();
    }

    /** The bundled scenarios (empty until loaded, which happens as the window opens). */
    public BundledLibrary library() {
        return services.library().get();
    }

    public ScenarioLibrary libraryView() {
        return layout.libraryView();
    }

    public ProgramView programView() {
        return layout.programView();
    }

    public NarrationPanel narration() {
        return layout.narration();
    }

    public ObjectsPanel objects() {
        return layout.objects();
    }

    public OutputPanel output() {
        return layout.output();
    }

    /** Explore: the search of the open program's schedules and what it found. */
    public Exploration exploration() {
        return services.exploration();
    }

    public ExplorePanel explorePanel() {
        return layout.explore();
    }

    public TimelineSlot timeline() {
        return timeline;
    }

    public RecentFiles recentFiles() {
        return services.recent();
    }

    public Scene scene() {
        return scene;
    }

    // Commands

    /** Builds the scene, shows the window and opens the first scenario. */
    public void show() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowPlace place = WindowPlace.restore(services.settings(), WindowPlace.screens(), screen);
        scene = new Scene(layout.createView(), place.width(), place.height());
        layout.followSize(scene);
        services.appearance().attach(scene);
        new Shortcuts(services.playback(), services.workspace(), commands).install(scene);
        commands.initDragAndDrop(scene);
        stage.setScene(scene);
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        place.applyTo(stage);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, workspace().documentProperty(),
                workspace().dirtyProperty(), i18n().localeProperty()));
        stage.setFullScreenExitKeyCombination(KeyCombination.keyCombination("Esc"));
        stage.setFullScreenExitHint("");
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now) {
                services.appearance().presentationProperty().set(false);
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!files.confirmLeave()) {
                e.consume();
            } else {
                close();
            }
        });
        stage.show();
        WindowPlace.follow(stage, services.settings());
        commands.focusPlayback();
        new StartupRestore(services, files, context.openOnStart()).restoreWhenLoaded();
    }

    /** Stops the background work and keeps the settings. */
    public void close() {
        services.close();
    }

    /** Puts the window over the whole visible part of its screen (for the screenshot of a given screen size). */
    public void fillScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        new WindowPlace(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(), false)
                .applyTo(stage);
    }

    /** Opens a dropped or chosen file, asking first about unsaved edits (for drops and tests). */
    public void openFile(Path file) {
        files.open(file);
    }

    /** Opens a bundled scenario by id, or a file by path; false when there is none. */
    public boolean openScenario(String idOrPath) {
        return files.openByName(idOrPath);
    }

    /** The stage's close request, as the window's close button makes it; true when the window closed. */
    public boolean requestClose() {
        return commands.requestClose();
    }

    /** The exporter File → Export uses. */
    public TimelineExport exporter() {
        return commands.exporter();
    }

    /** Writes the timeline to {@code target} as {@code request} says (File → Export without the dialog). */
    public boolean exportTo(TimelineExport export, TimelineExport.Request request, Path target) {
        return commands.exportTo(export, request, target);
    }

    /** Saves the schedule so far (Scheduler → Save the schedule so far). */
    public void saveSchedule() {
        commands.saveSchedule();
    }

    /** Replays a saved schedule (Scheduler → Replay a schedule). */
    public void replaySchedule() {
        commands.replaySchedule();
    }

    /** Shows the Explore tab and explores the program as edited (Scheduler → Explore, the X key). */
    public void explore() {
        commands.explore();
    }

    /** Writes the outcome table to {@code target} as a PNG picture or as CSV (the Explore panel's exports). */
    public boolean exportOutcomes(Path target, boolean picture) {
        return commands.writeOutcomes(target, picture);
    }

    /** Marks the scenario open in the library (null for none of the bundled ones). */
    private void showInLibrary(LibraryEntry entry) {
        layout.libraryView().currentProperty().set(entry);
    }

    private String title() {
        ScenarioDocument doc = workspace().document();
        if (doc == null) {
            return TITLE;
        }
        return (workspace().isDirty() ? "● " : "") + doc.scenario().title().in(i18n().language()) + " — " + TITLE;
    }
}
