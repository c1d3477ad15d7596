package lockstep.app.window;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lockstep.app.config.RecentFiles;
import lockstep.app.config.RecoveryStore;
import lockstep.app.config.UserSettings;
import lockstep.app.controls.PlaybackBar;
import lockstep.app.controls.SchedulerPanel;
import lockstep.app.controls.Shortcuts;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.editor.ProgramView;
import lockstep.app.export.ExportDialog;
import lockstep.app.export.ExporterExport;
import lockstep.app.export.TimelineExport;
import lockstep.app.i18n.I18n;
import lockstep.app.library.BundledLibrary;
import lockstep.app.library.LibraryEntry;
import lockstep.app.library.ScenarioLibrary;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.RunSettings;
import lockstep.app.model.Workspace;
import lockstep.app.panels.NarrationPanel;
import lockstep.app.panels.OutputPanel;
import lockstep.app.panels.ThreadsPanel;
import lockstep.app.objects.ObjectsPanel;
import lockstep.app.simulation.InspectorManualScheduling;
import lockstep.app.simulation.SnapshotService;
import lockstep.app.simulation.RunSession;
import lockstep.app.simulation.SimulationService;
import lockstep.app.simulation.StepDetailService;
import lockstep.app.theme.Appearance;
import lockstep.app.theme.Theme;
import lockstep.sim.scenario.ScenarioError;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The Lockstep window. Left: the scenario library over the scheduler settings. Centre: the program. Right: the
 * threads (and objects) over the narration. Bottom: the timeline. Top: the menus and the playback bar. One
 * {@link PlaybackController} drives every view; the {@link Workspace} re-simulates on every change.
 */
public final class MainWindow implements AppMenus.Actions, Shortcuts.Window {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    public static final String TITLE = "Lockstep";

    private final Stage stage;
    private final AppContext context;
    private final UserSettings settings;
    private final I18n i18n;
    private final Appearance appearance;
    private final RecentFiles recent;
    private final RecoveryStore recoveryStore;
    private final javafx.beans.property.ObjectProperty<BundledLibrary> library =
            new javafx.beans.property.SimpleObjectProperty<>(BundledLibrary.empty());
    private final java.util.concurrent.CompletableFuture<BundledLibrary> libraryLoading;
    private final SimulationService simulation = new SimulationService(new InspectorManualScheduling());
    private final SnapshotService snapshots = new SnapshotService();
    private final ObjectsPanel objects = new ObjectsPanel();
    private final StepDetailService details = new StepDetailService();
    private final PlaybackController playback = new PlaybackController(details);
    private final Workspace workspace;
    private final TimelineAdapter timeline = new TimelineAdapter();
    private ScenarioLibrary libraryView;
    private ProgramView programView;
    private NarrationPanel narration;
    private OutputPanel output;
    private FileActions files;
    private Node leftPane;
    private Node schedulerBar;
    private MenuBarHolder menuHolder;
    private SplitPane columns;
    private double[] columnDividers = {0.19, 0.59};
    private Scene scene;

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.settings = new UserSettings(context.configFolder());
        this.i18n = new I18n(Locale.forLanguageTag(settings.get("language", "en")));
        this.appearance = new Appearance(i18n, Theme.byId(settings.get("theme", "light"), Theme.LIGHT));
        this.recent = new RecentFiles(settings);
        this.recoveryStore = new RecoveryStore(context.configFolder());
        // The bundled scenarios load while the window is built and shown.
        this.libraryLoading = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return BundledLibrary.load(MainWindow.class.getClassLoader());
            } catch (ScenarioError e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        RunSettings runSettings = new RunSettings(settings.getLong("stepLimit", UserSettings.DEFAULT_STEP_LIMIT));
        this.workspace = new Workspace(simulation, playback, runSettings);
        playback.speedIndexProperty().set((int) settings.getLong("speed", PlaybackController.DEFAULT_SPEED_INDEX));
    }

    // Properties (for tests and the launcher)

    public Stage stage() {
        return stage;
    }

    public Workspace workspace() {
        return workspace;
    }

    public PlaybackController playback() {
        return playback;
    }

    public I18n i18n() {
        return i18n;
    }

    public Appearance appearance() {
        return appearance;
    }

    /** The bundled scenarios (empty until loaded, which happens as the window opens). */
    public BundledLibrary library() {
        return library.get();
    }

    public ScenarioLibrary libraryView() {
        return libraryView;
    }

    public ProgramView programView() {
        return programView;
    }

    public NarrationPanel narration() {
        return narration;
    }

    public ObjectsPanel objects() {
        return objects;
    }

    public OutputPanel output() {
        return output;
    }

    public TimelineSlot timeline() {
        return timeline;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    public Scene scene() {
        return scene;
    }

    // Commands

    /** Builds the scene, shows the window and opens the first scenario. */
    public void show() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(createView(), Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        appearance.attach(scene);
        new Shortcuts(playback, workspace, this).install(scene);
        initDragAndDrop();
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, workspace.documentProperty(),
                workspace.dirtyProperty(), i18n.localeProperty()));
        stage.setFullScreenExitKeyCombination(KeyCombination.keyCombination("Esc"));
        stage.setFullScreenExitHint("");
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now) {
                appearance.presentationProperty().set(false);
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
        focusPlayback();
        libraryLoading.whenComplete((loaded, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "cannot load the bundled scenarios", failure);
                files.prompts().error(i18n.get("error.library.title"),
                        failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
            } else {
                library.set(loaded);
            }
            openFirst();
        }));
    }

    /** Stops the background work and keeps the settings. */
    public void close() {
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
        details.close();
        snapshots.close();
    }

    private void openFirst() {
        if (context.openOnStart() != null && files.openByName(context.openOnStart())) {
            files.offerRecovery();
            return;
        }
        String last = settings.get("last", "");
        boolean opened = false;
        if (last.startsWith("bundled:")) {
            LibraryEntry entry = library.get().byPath(last.substring("bundled:".length()));
            if (entry != null) {
                files.open(entry);
                opened = true;
            }
        } else if (!last.isEmpty() && java.nio.file.Files.isRegularFile(Path.of(last))) {
            opened = files.openByName(last);
        }
        if (!opened && !library.get().entries().isEmpty()) {
            files.open(library.get().entries().get(0));
        }
        files.offerRecovery();
    }

    private javafx.scene.Parent createView() {
        libraryView = new ScenarioLibrary(library, i18n, entry -> files.open(entry));
        files = new FileActions(workspace, library, recent, recoveryStore, context.chooserFor(stage),
                context.promptsFor(stage, i18n), i18n, entry -> libraryView.currentProperty().set(entry));
        programView = new ProgramView(workspace, playback, i18n);
        narration = new NarrationPanel(workspace, playback, i18n);
        output = new OutputPanel(playback, i18n);
        ThreadsPanel threads = new ThreadsPanel(workspace, playback, i18n);
        menuHolder = new MenuBarHolder(new AppMenus(i18n, workspace, playback, appearance, recent, this)
                .createView());

        Node libraryNode = libraryView.createView();
        VBox.setVgrow(libraryNode, Priority.ALWAYS);
        VBox left = new VBox(libraryNode);
        left.getStyleClass().add("left-pane");
        left.setMinWidth(220);
        leftPane = left;

        Node program = programView.createView();
        VBox centre = new VBox(paneTitle("program.title", program), program);
        VBox.setVgrow(program, Priority.ALWAYS);
        centre.getStyleClass().add("centre-pane");

        new ObjectsFollower(playback, i18n, snapshots, objects);
        TabPane tabs = new TabPane(tab("tab-objects", "tab.objects", objects.createView()),
                tab("tab-threads", "tab.threads", threads.createView()),
                tab("tab-output", "tab.output", output.createView()));
        tabs.setId("side-tabs");
        // Manual mode's choices are under Threads: show them when it starts.
        workspace.manualProperty().addListener((obs, was, now) -> {
            if (now) {
                tabs.getSelectionModel().select(1);
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        SplitPane right = new SplitPane(tabs, narration.createView());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        right.setMinWidth(300);

        columns = new SplitPane(left, centre, right);
        columns.setDividerPositions(columnDividers);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);

        Node timelineNode = timeline.view();
        VBox bottom = new VBox(timelineHeader(), timelineNode);
        VBox.setVgrow(timelineNode, Priority.ALWAYS);
        bottom.getStyleClass().add("timeline-area");
        bottom.setMinHeight(180);
        SplitPane rows = new SplitPane(columns, bottom);
        rows.setOrientation(Orientation.VERTICAL);
        rows.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(bottom, false);

        schedulerBar = new SchedulerPanel(workspace, i18n).createView();
        VBox top = new VBox(menuHolder, new PlaybackBar(playback, workspace, i18n).createView(), schedulerBar);
        BorderPane root = new BorderPane(rows);
        root.setTop(top);
        root.setBottom(statusBar());
        root.getStyleClass().add("lockstep-root");
        root.setId("lockstep-root");
        initListeners();
        return root;
    }

    private void initListeners() {
        playback.sessionProperty().addListener((obs, old, now) -> timeline.setRun(now));
        playback.positionProperty().addListener((obs, old, now) -> timeline.setCursor(now.longValue()));
        timeline.setOnStepPicked(position -> {
            playback.jumpTo(position);
            focusPlayback();
        });
        appearance.themeProperty().addListener((obs, old, now) -> timeline.setTheme(now));
        timeline.setTheme(appearance.themeProperty().get());
        i18n.localeProperty().addListener((obs, old, now) -> timeline.setLocale(now));
        appearance.presentationProperty().addListener((obs, old, now) -> applyPresentation(now));
    }

    private Node paneTitle(String key, Node owner) {
        Label title = new Label();
        title.getStyleClass().addAll(Styles.TITLE_4, "pane-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ScenarioDocument doc = workspace.document();
            String name = doc == null ? "" : "  ·  " + doc.fileName() + (workspace.isDirty() ? " ●" : "");
            return i18n.get(key) + name;
        }, i18n.bundleProperty(), workspace.documentProperty(), workspace.dirtyProperty()));
        title.setId("program-title");
        HBox box = new HBox(title);
        box.setPadding(new Insets(10, 12, 6, 12));
        return box;
    }

    private Node timelineHeader() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("timeline.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "pane-title");
        Button zoomIn = smallButton(org.kordamp.ikonli.materialdesign2.MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                "menu.view.zoom_in", this::zoomIn);
        Button zoomOut = smallButton(org.kordamp.ikonli.materialdesign2.MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
                "menu.view.zoom_out", this::zoomOut);
        Button fit = smallButton(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FIT_TO_PAGE_OUTLINE,
                "menu.view.fit", this::fitTimeline);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, title, spacer, zoomIn, zoomOut, fit);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 10, 4, 12));
        return header;
    }

    private Button smallButton(org.kordamp.ikonli.Ikon icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setFocusTraversable(false);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.text(key));
        b.setTooltip(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("run-status");
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, playback.sessionProperty(),
                workspace.compileErrorProperty(), workspace.failureProperty(), workspace.manualProperty(),
                i18n.bundleProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button language = new Button();
        language.setId("language-toggle");
        language.setGraphic(new FontIcon(MaterialDesignT.TRANSLATE));
        language.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.isChinese() ? "English" : "简体中文", i18n.localeProperty()));
        language.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        language.setFocusTraversable(false);
        language.setOnAction(e -> i18n.setLocale(i18n.isChinese() ? I18n.ENGLISH : I18n.CHINESE));
        Button theme = new Button();
        theme.setId("theme-toggle");
        theme.setGraphic(new FontIcon(MaterialDesignT.THEME_LIGHT_DARK));
        theme.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(appearance.themeProperty().get().messageKey()), appearance.themeProperty(),
                i18n.bundleProperty()));
        theme.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        theme.setFocusTraversable(false);
        theme.setOnAction(e -> appearance.themeProperty().set(
                Theme.values()[(appearance.themeProperty().get().ordinal() + 1) % Theme.values().length]));
        HBox bar = new HBox(8, status, spacer, theme, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 10, 2, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private String statusText() {
        if (workspace.compileErrorProperty().get() != null) {
            return i18n.get("status.compile_error");
        }
        if (workspace.failureProperty().get() != null) {
            return i18n.get("narration.failure.title");
        }
        RunSession run = playback.session();
        if (run == null) {
            return i18n.get("status.none");
        }
        String steps = NumberFormat.getIntegerInstance(i18n.locale()).format(run.steps());
        String time = String.format(Locale.ROOT, "%.6f", run.result().timeSeconds());
        String status = run.awaitingChoice() ? i18n.get("status.manual")
                : i18n.get("status." + run.result().status().jsonName().replace('-', '_'));
        return i18n.get("status.run", status, steps, time, run.threads().size());
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(i18n.text(key));
        tab.setContent(content);
        return tab;
    }

    private String title() {
        ScenarioDocument doc = workspace.document();
        if (doc == null) {
            return TITLE;
        }
        return (workspace.isDirty() ? "● " : "") + doc.scenario().title().in(i18n.language()) + " — " + TITLE;
    }

    private void initDragAndDrop() {
        scene.setOnDragOver(e -> {
            Dragboard board = e.getDragboard();
            if (board.hasFiles() && board.getFiles().stream().anyMatch(f -> FileActions.isScenarioFile(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            boolean done = false;
            if (board.hasFiles()) {
                for (var f : board.getFiles()) {
                    if (FileActions.isScenarioFile(f.toPath())) {
                        Path file = f.toPath();
                        Platform.runLater(() -> files.open(file));
                        done = true;
                        break;
                    }
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
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
        if (!files.confirmLeave()) {
            return false;
        }
        close();
        stage.close();
        return true;
    }

    private void applyPresentation(boolean on) {
        menuHolder.setShown(!on);
        schedulerBar.setVisible(!on);
        schedulerBar.setManaged(!on);
        programView.setPresentation(on);
        if (on) {
            columnDividers = columns.getDividerPositions();
            columns.getItems().remove(leftPane);
            columns.setDividerPositions(0.6);
        } else if (!columns.getItems().contains(leftPane)) {
            columns.getItems().add(0, leftPane);
            columns.setDividerPositions(columnDividers);
        }
        stage.setFullScreen(on);
        focusPlayback();
    }

    // AppMenus.Actions and Shortcuts.Window

    @Override
    public void open() {
        files.openDialog();
    }

    @Override
    public void openRecent(Path file) {
        files.open(file);
    }

    @Override
    public void save() {
        files.save();
    }

    @Override
    public void saveAs() {
        files.saveAs();
    }

    @Override
    public void revert() {
        workspace.revert();
    }

    @Override
    public void exportTimeline() {
        RunSession run = playback.session();
        if (run == null) {
            return;
        }
        TimelineExport export = exporter();
        ExportDialog dialog = new ExportDialog(export, i18n);
        long[] visible = timeline.visibleRange();
        dialog.show(stage, run, visible, playback.position(), appearance.themeProperty().get(),
                format -> files.chooser().save(i18n.get("export.title"), List.of(new Chooser.Filter(
                        format.name(), List.of(format == TimelineExport.Format.PNG ? "*.png" : "*.svg"))),
                        run.document().scenario().id() + (format == TimelineExport.Format.PNG ? ".png" : ".svg")),
                () -> scene.getStylesheets())
                .ifPresent(target -> exportTo(export, dialog.request(visible, playback.position()), target));
    }

    /** The exporter File → Export uses. */
    public TimelineExport exporter() {
        return new ExporterExport(timeline.timelineView());
    }

    /** Writes the timeline to {@code target} as {@code request} says (File → Export without the dialog). */
    public boolean exportTo(TimelineExport export, TimelineExport.Request request, Path target) {
        try {
            export.write(playback.session(), request, target);
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            files.prompts().error(i18n.get("error.export.title"), target + ": " + e.getMessage());
            return false;
        }
    }

    @Override
    public void quit() {
        requestClose();
    }

    /** Saves the schedule so far (Scheduler → Save the schedule so far). */
    @Override
    public void saveSchedule() {
        files.saveSchedule();
    }

    @Override
    public void replaySchedule() {
        files.replaySchedule();
    }

    @Override
    public void togglePresentation() {
        appearance.presentationProperty().set(!appearance.presentationProperty().get());
    }

    @Override
    public void leavePresentation() {
        appearance.presentationProperty().set(false);
    }

    @Override
    public void focusPlayback() {
        if (scene != null) {
            scene.getRoot().requestFocus();
        }
    }

    @Override
    public void zoomIn() {
        timeline.zoomIn();
    }

    @Override
    public void zoomOut() {
        timeline.zoomOut();
    }

    @Override
    public void fitTimeline() {
        timeline.fitToWindow();
    }

    @Override
    public void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        String[][] keys = {
            {"Space", "keys.play"}, {"→  /  ←", "keys.step"}, {"Home  /  End", "keys.ends"},
            {"N  /  Shift+N", "keys.events"}, {"↑  /  ↓", "keys.speed"}, {"+  /  −  /  0", "keys.zoom"},
            {"M", "keys.manual"}, {"1 … 9", "keys.pick"}, {"F5  /  Esc", "keys.presentation"},
            {"Ctrl+O  /  Ctrl+S", "keys.files"}, {"Ctrl+E", "keys.export"}, {"F1", "keys.help"},
        };
        for (int i = 0; i < keys.length; i++) {
            Label key = new Label(keys[i][0]);
            key.getStyleClass().add("key-cap");
            grid.addRow(i, key, new Label(i18n.get(keys[i][1])));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(i18n.get("keys.title"));
        alert.setHeaderText(i18n.get("keys.title"));
        alert.getDialogPane().setContent(new StackPane(grid));
        alert.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        alert.getDialogPane().setStyle(scene.getRoot().getStyle());
        alert.show();
    }

    @Override
    public void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, i18n.get("about.text"), ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(i18n.get("about.title"));
        alert.setHeaderText(TITLE);
        alert.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        alert.getDialogPane().setStyle(scene.getRoot().getStyle());
        alert.show();
    }

    /** The menu bar, which presentation mode hides. */
    private static final class MenuBarHolder extends StackPane {
        private final Node menus;

        MenuBarHolder(Node menus) {
            super(menus);
            this.menus = menus;
        }

        void setShown(boolean shown) {
            menus.setVisible(shown);
            setManaged(shown);
            setVisible(shown);
        }
    }
}
